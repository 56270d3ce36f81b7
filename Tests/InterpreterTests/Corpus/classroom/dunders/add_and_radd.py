# __add__, __radd__ and __mul__ for a vector.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3)
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)]))
try:
    Vec(1, 2) + 5
except AttributeError as exc:
    print("AttributeError:", exc)
