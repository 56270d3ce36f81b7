# Unary minus, plus, abs() and ~ call __neg__, __pos__, __abs__, __invert__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(3, -4)
print(-v, +v, abs(v), ~v)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
