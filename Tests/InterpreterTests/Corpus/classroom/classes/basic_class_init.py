# A class with __init__ and a method.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
q = p.moved(3, 4)
print(p.x, p.y, q.x, q.y)
print(type(p).__name__, isinstance(q, Point))
