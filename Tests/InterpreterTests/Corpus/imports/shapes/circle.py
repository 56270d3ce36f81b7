import math
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(math.pi * self.r ** 2, 2)
    def __repr__(self):
        return f"Circle({self.r})"
