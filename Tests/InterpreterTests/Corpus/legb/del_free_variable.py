# del of a captured variable empties the cell.
def outer():
    x = "captured"

    def inner():
        return x
    print(inner())
    del x
    try:
        inner()
    except NameError as exc:
        print(exc)
    print(inner.__closure__[0])


outer()
