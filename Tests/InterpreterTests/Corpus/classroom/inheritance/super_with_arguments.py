# super() passes arguments up; the parent's attributes are set on self.
class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides


class Triangle(Shape):
    def __init__(self):
        super().__init__("triangle", 3)


class Square(Shape):
    def __init__(self, side):
        super().__init__("square", 4)
        self.side = side


for s in (Triangle(), Square(2)):
    print(s.name, s.sides, vars(s))
