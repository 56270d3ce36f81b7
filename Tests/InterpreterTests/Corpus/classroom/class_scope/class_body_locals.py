# locals() in a class body: __module__, __qualname__ and the names so far.
class Shape:
    sides = 0
    names = sorted(locals())


print(Shape.names)


def outer():
    class Inner:
        qual = __qualname__
    return Inner


print(outer().qual)
