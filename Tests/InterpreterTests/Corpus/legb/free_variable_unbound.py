# The inner function runs before the enclosing variable is assigned.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__ + ":", exc)
    value = "now bound"
    return inner()


print(outer())
