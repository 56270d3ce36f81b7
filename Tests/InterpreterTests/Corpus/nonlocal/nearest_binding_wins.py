# With the same name at two levels, nonlocal finds the nearest one.
def outer():
    x = "outer x"

    def middle():
        x = "middle x"

        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        print("middle:", x)
    middle()
    print("outer:", x)


outer()
