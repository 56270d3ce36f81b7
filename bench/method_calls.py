# Method calls and attribute access on user classes: inheritance, super(),
# overridden methods, properties with setters, a plain getter in a loop.


class Shape:
    def __init__(self, name):
        self.name = name
        self._scale = 1

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, value):
        self._scale = value

    def area(self):
        return 0

    def describe(self):
        return self.area() * self.scale


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def get(self):
        return self.w


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def never_called():
    return "unreachable"


def run(n):
    shapes = [Rect(3, 4), Square(5), Circle(2), Square(7)]
    total = 0
    sq = shapes[1]
    for i in range(n):
        s = shapes[i & 3]
        s.scale = i % 3
        total += s.describe()
        total += sq.get()
    return total


N = 400000  # bench: scale quick=4000
print(f"total={run(N)}")
# bench: never-hit breakpoint at line 54
