# Inside a method, class attributes are reached through self or the class.
class Circle:
    pi = 3.14159
    unit = "cm"

    def __init__(self, r):
        self.r = r

    def area(self):
        return round(self.pi * self.r ** 2, 2)

    def label(self):
        return f"{self.area()} {Circle.unit}^2"

    def broken(self):
        return pi * self.r


c = Circle(2)
print(c.area(), c.label())
c.broken()
