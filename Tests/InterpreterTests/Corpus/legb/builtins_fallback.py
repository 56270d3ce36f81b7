# Builtins are found last; a global with the same name wins.
def show():
    return abs(-5)


print(show())


def abs(x):
    return "global abs"


print(show())
del abs
print(show())
