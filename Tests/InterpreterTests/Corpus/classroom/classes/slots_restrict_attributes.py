# __slots__ fixes the attribute names; instances then have no __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = Point(1)
print(p.x, Point.x)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
class P3(Point):
    pass
q = P3(2)
q.z = 5
print(q.z, vars(q))
class Slot2(Point):
    __slots__ = ("z",)
    label = "fixed"
s = Slot2(3)
s.z = 1
print(s.x, s.z)
try:
    s.label = "changed"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
p.w = 1
