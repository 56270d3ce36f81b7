# Assigning a name before its global declaration is a compile-time error.
x = 1


def f():
    x = 2
    global x


f()
