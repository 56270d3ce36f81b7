# collections.namedtuple: a tuple whose fields have names
import collections

Point = collections.namedtuple("Point", ["x", "y"])
p = Point(3, 4)
q = Point(x=1, y=-2)
print(p, q)
print(p.x, p[1], len(p))
x, y = q
print(x, y)
print(p == (3, 4), p == q, hash(p) == hash(Point(3, 4)))
print(p._asdict())
print(p._replace(y=10), p)
print(Point._fields, Point._make([5, 6]))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
