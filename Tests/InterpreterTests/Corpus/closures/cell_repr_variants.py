# Cell reprs name the type of what they hold, or say "empty".
def outer():
    def inner():
        return a, b, c, d
    print(inner.__closure__[0])
    a = None
    b = 3.5
    c = (1, 2)
    d = outer
    for cell in inner.__closure__:
        text = repr(cell)
        print(text[:text.index(" at ")], text[text.index(":"):])


outer()
