# Closures can capture functions; compose(f, g) captures both.
def compose(f, g):
    def composed(x):
        return f(g(x))
    return composed


def inc(x):
    return x + 1


def double(x):
    return x * 2


h = compose(inc, double)
print(h(5))
print(h.__code__.co_freevars)
print([c.cell_contents.__name__ for c in h.__closure__])
print(compose(double, inc)(5))
