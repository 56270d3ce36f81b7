# __eq__ and __hash__ make objects usable as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


a, b = Point(1, 2), Point(1, 2)
print(a == b, a is b, a != b)
print(len({a, b}), {a: "first"}[b])
print(a == (1, 2))
