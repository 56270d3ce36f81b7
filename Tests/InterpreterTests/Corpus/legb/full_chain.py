# Local, Enclosing, Global, Built-in: each name is found at a different level.
x_global = "G"


def outer():
    x_enclosing = "E"

    def inner():
        x_local = "L"
        print(x_local, x_enclosing, x_global, len("B"))
    inner()


outer()
