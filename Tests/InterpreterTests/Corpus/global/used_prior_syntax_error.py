# Using a name before its global declaration is a compile-time error.
x = 1


def f():
    print(x)
    global x
    x = 2


f()
