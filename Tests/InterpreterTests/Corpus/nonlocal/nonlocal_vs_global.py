# global goes to the module; nonlocal to the enclosing function.
x = "global"


def outer():
    x = "enclosing"

    def use_nonlocal():
        nonlocal x
        x = "nonlocal changed"

    def use_global():
        global x
        x = "global changed"
    use_nonlocal()
    use_global()
    print("outer's x:", x)


outer()
print("module's x:", x)
