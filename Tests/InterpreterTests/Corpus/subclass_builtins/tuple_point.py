# A tuple subclass with its own constructor: immutable, hashable, unpackable.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), p[0], isinstance(p, tuple))
x, y = q
print(x, y, p == (1, 2), hash(p) == hash((1, 2)), {p: "start"}[(1, 2)])
print(tuple(p), type(tuple(p)).__name__, p[::-1], type(p[::-1]).__name__, p * 2)
print(sorted([Point(2, 1), Point(1, 5)]), list(p), max(p))
try:
    p.z = 3
    print(p.z)
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)


class Pair(tuple):
    pass


print(Pair([1, 2]), Pair(), Pair("ab") + ("c",), type(Pair("ab") + ("c",)).__name__)
