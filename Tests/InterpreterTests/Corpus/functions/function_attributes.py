# __name__, __qualname__, __defaults__, __kwdefaults__ and __doc__.
def f(a, b=2, *args, c=3, d, **kw):
    """Example function."""
    return a


print(f.__name__, f.__qualname__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__doc__)


def g():
    pass


print(g.__defaults__, g.__kwdefaults__, g.__doc__)
print(f.__module__)
