# repr of a closure tuple: one cell per free variable, in co_freevars order.
def outer():
    a = 1
    b = "two"
    c = [3]

    def inner():
        return a, b, c
    return inner


f = outer()
print(f.__code__.co_freevars)
print(f.__closure__)
for name, cell in zip(f.__code__.co_freevars, f.__closure__):
    print(name, "->", repr(cell.cell_contents))
