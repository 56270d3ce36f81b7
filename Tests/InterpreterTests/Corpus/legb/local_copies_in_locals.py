# locals() shows only the current function's names.
g = 1


def outer():
    e = 2

    def inner():
        l = 3
        print(sorted(locals().items()))
        return e
    inner()
    print(sorted(locals()))


outer()
