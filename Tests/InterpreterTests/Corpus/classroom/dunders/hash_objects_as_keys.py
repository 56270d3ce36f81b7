# Objects with matching __eq__ and __hash__ work as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


seen = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(seen), Point(3, 4) in seen)
names = {Point(0, 0): "origin"}
print(names[Point(0, 0)], names.get(Point(9, 9), "?"))
print(hash(Point(1, 2)) == hash(Point(1, 2)))
