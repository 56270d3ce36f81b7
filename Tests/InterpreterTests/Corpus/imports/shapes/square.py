from . import circle
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
    def inscribed(self):
        return circle.Circle(self.side / 2)
