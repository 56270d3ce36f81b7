# nonlocal binds to the nearest enclosing function that has the name,
# passing through a middle function that does not.
def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        print("middle sees:", x)
    middle()
    print("outer sees:", x)


outer()
