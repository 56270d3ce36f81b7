# NoneType, EllipsisType and NotImplementedType
import types

print(types.NoneType, type(None) is types.NoneType)
print(types.EllipsisType, type(...) is types.EllipsisType)
print(types.NotImplementedType, isinstance(NotImplemented, types.NotImplementedType))


def describe(x):
    if isinstance(x, types.NoneType):
        return "nothing"
    return type(x).__name__


print([describe(v) for v in [None, 1, "s", ..., [0]]])
