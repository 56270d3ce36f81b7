# T[x] on built-in types: the generic ones (list, dict, tuple, set,
# frozenset, type, exception groups) make a types.GenericAlias;
# the others raise CPython's TypeError.
import types

for t in (list, dict, tuple, set, frozenset, type, BaseExceptionGroup, ExceptionGroup):
    alias = t[int]
    print(alias, isinstance(alias, types.GenericAlias))
print(dict[str, int], tuple[int, ...], list[list[int]], type[int] | None)

for t in (int, str, float, bool, bytes, bytearray, complex, object, range, slice, property,
          staticmethod, classmethod, super, Exception, ValueError, BaseException):
    try:
        t[str]
    except TypeError as e:
        print(e)


class Stack(list):
    pass


class Meta(type):
    pass


class Err(Exception):
    pass


print(Stack[int])
for t in (Meta, Err):
    try:
        t[int]
    except TypeError as e:
        print(e)
