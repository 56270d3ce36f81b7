# Captured names bind in the enclosing scope: locals in a function, cells when a closure uses them.
def outer(pair):
    match pair:
        case (a, b):
            def show():
                return f"{a}-{b}"
            return show
    return None

f = outer((1, 2))
print(f(), f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])

match (10, 20):
    case (first, second):
        pass
print(first, second)

def local_only(v):
    match v:
        case [x, *rest]:
            return x, rest, sorted(locals())
print(local_only([1, 2, 3]))
