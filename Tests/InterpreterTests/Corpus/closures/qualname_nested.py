# __qualname__ records the nesting path with <locals>.
def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle


m = outer()
i = m()
print(outer.__qualname__)
print(m.__qualname__)
print(i.__qualname__)
print(i.__name__)
lam = (lambda: lambda: 0)()
print(lam.__qualname__)
