# A closure that refers to itself through its own cell, and a closure that
# stores itself in a list it closes over: function, cells and the closure
# tuple are collected together.
import gc


def make_recursive():
    def countdown(n):
        return n if n == 0 else countdown(n - 1)
    return countdown


def make_registry():
    items = []

    def add(x):
        items.append(add)
        return len(items)
    add(1)
    return add


gc.collect()
f = make_recursive()
print(f(3))
print(f.__closure__[0].cell_contents is f)
del f
print("recursive closure", gc.collect())
g = make_registry()
print(g(2))
del g
print("registry closure", gc.collect())


def with_default(x, seen=[]):
    seen.append(with_default)
    return len(seen)


print(with_default(1))
del with_default
print("default cycle", gc.collect())
