# A decorated class body starts at its first decorator line.
def deco(x):
    return x


@deco
class A:
    x = 1


@deco
@deco
def f():
    return 2


f()
print(A.__firstlineno__, f.__code__.co_firstlineno)
