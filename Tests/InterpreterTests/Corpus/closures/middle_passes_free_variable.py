# A middle function that never uses x itself still carries x as a free
# variable, so the innermost function can reach it.
def outer():
    x = "from outer"

    def middle():
        def inner():
            return x
        return inner
    return middle


m = outer()
print("middle.__code__.co_freevars:", m.__code__.co_freevars)
print("middle closure:", [c.cell_contents for c in m.__closure__])
inner = m()
print(inner())
print(inner.__closure__[0] is m.__closure__[0])
