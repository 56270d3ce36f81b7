# make_dataclass builds a dataclass from a list of field descriptions.
from dataclasses import make_dataclass, field, fields, replace

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
p = Point(3)
print(p, Point(1, 2) == Point(1, 2), [f.name for f in fields(Point)])
print(replace(p, y=7))

Temperature = make_dataclass(
    "Temperature",
    [("celsius", float)],
    namespace={"fahrenheit": lambda self: self.celsius * 9 / 5 + 32},
    frozen=True,
)
t = Temperature(21.5)
print(t, t.fahrenheit())
try:
    t.celsius = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
