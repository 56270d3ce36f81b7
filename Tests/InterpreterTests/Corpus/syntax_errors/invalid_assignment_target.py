# A function call cannot be assigned to.
def f():
    pass


f() = 3
