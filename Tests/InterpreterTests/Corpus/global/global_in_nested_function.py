# global in a nested function skips the enclosing function's variable.
value = "module"


def outer():
    value = "outer"

    def inner():
        global value
        value = "inner set the global"
    inner()
    print("outer's value:", value)


outer()
print("module's value:", value)
