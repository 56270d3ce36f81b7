# Equal constants of one compilation are one object (CPython merges them):
# tuples of constants, the tuples nested in them, big ints, bytes.
a = (1, 2)
b = (1, 2)
print(a is b)

def f():
    x = (1, (2, 3))
    y = (1, (2, 3))
    return x is y, x[1] is y[1]
print(f())
print(f.__code__.co_consts)

def g():
    return (1, 2)
def h():
    return ((1, 2), 3)
print(g() is a, h()[0] is g())

big = 1000000000000000000000000000000
def k():
    return 1000000000000000000000000000000
print(k() is big)

t = (1, "a", b"b", 2.5, None, True, ...)
u = (1, "a", b"b", 2.5, None, True, ...)
print(t is u)
v = (1, 2.0)
w = (1, 2)
print(v is w, v == w)
z1 = (0.0,)
z2 = (-0.0,)
print(z1 is z2, z1 == z2)
t1 = (True,)
t2 = (1,)
print(t1 is t2, t1 == t2)
print(eval('(1, 2)') is a)
