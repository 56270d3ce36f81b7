# The outer function lists captured locals in co_cellvars; the inner one
# lists them in co_freevars.
def outer(x):
    y = 10
    z = 20

    def inner():
        return x + y
    print("z is plain local:", z)
    return inner


f = outer(1)
print("outer.co_cellvars:", outer.__code__.co_cellvars)
print("outer.co_varnames:", outer.__code__.co_varnames)
print("inner.co_freevars:", f.__code__.co_freevars)
print("inner.co_cellvars:", f.__code__.co_cellvars)
print(f())
