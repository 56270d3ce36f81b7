# namedtuple classes are tuple subclasses.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, isinstance(p, tuple), Point.__mro__)
x, y = p
print(x, y, p[0], p[-1], p[:1], len(p), p + (3,), 2 in p)
print(p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(p == (1, 2), p < Point(1, 3), hash(p) == hash((1, 2)), tuple(p), list(p))
print(sorted([Point(2, 1), Point(1, 5)]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=1)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
print(Point.__doc__, Point.x.__doc__)
print({p: 'here'}[(1, 2)], max(p), "%d-%d" % p)
class Vec(namedtuple('Vec', 'dx dy')):
    __slots__ = ()
    def norm(self):
        return abs(self.dx) + abs(self.dy)
v = Vec(3, -4)
print(v, v.norm(), isinstance(v, tuple))
R = namedtuple('R', 'a def b', rename=True)
print(R._fields)
