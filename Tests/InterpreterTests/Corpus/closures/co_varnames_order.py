# co_varnames lists parameters first, then other locals in order of first use.
def f(a, b, *args, c, **kwargs):
    total = a + b
    extra = len(args)
    return total, extra


print(f.__code__.co_varnames)
print(f.__code__.co_argcount)
print(f.__code__.co_kwonlyargcount)
print(f.__code__.co_nlocals)


def g():
    first = 1
    second = first + 1
    for item in range(second):
        pass
    return item


print(g.__code__.co_varnames)
print(g())
