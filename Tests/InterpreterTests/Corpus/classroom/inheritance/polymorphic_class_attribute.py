# A base-class method reads a class attribute that subclasses override.
class Shape:
    sides = 0
    name = "shape"

    def describe(self):
        return f"a {self.name} with {self.sides} sides"


class Triangle(Shape):
    sides = 3
    name = "triangle"


class Square(Shape):
    sides = 4

    def __init__(self):
        self.name = "square"


for s in [Shape(), Triangle(), Square()]:
    print(s.describe())
print(Square.name, Square().name)
