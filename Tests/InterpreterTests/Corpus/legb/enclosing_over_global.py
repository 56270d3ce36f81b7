# An enclosing binding hides the global one from the inner function.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()


def other():
    return x


print(outer())
print(other())
