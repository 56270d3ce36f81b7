# A default value is fixed when the function is defined; a free variable is
# read when it is called.
def outer():
    n = 1

    def f(d=n):
        return d, n
    n = 2
    return f


f = outer()
print(f())
print(f.__defaults__)
print(f.__closure__[0].cell_contents)
