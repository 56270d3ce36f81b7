# Class patterns: positional sub-patterns use __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c):
            return f"circle around {c.x},{c.y}"
        case int(n) | float(n):
            return f"a number {n}"
        case str() as s:
            return f"a string {s!r}"
        case _:
            return "something else"

for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(5, 5), 1), 7, 2.5, "hi"]:
    print(where(s))
