# TypeVarTuple and ParamSpec parameters.
def call_with[*Ts](f, *args: *Ts):
    return f(*args)


def wrap[**P](f):
    return f


print(call_with(max, 3, 9, 4))
print(call_with.__type_params__)
print(wrap.__type_params__)
print(wrap(len)("four"))
