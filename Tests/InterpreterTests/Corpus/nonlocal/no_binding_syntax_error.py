# nonlocal needs a binding in an enclosing function: this never runs.
print("never printed")


def outer():
    def inner():
        nonlocal x
        x = 1
    return inner
