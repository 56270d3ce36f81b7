# Using a name before its nonlocal declaration is a compile-time error.
def outer():
    x = 1

    def inner():
        print(x)
        nonlocal x
        x = 2
    inner()


outer()
