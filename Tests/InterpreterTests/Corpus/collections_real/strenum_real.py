# StrEnum members are real strs; mixing str into Enum too.
from enum import Enum, StrEnum, auto

class Color(StrEnum):
    RED = auto()
    GREEN = "green"

c = Color.RED
print(isinstance(c, str), Color.__mro__)
print(c, str(c), repr(c), f"[{c}]", f"{c:>6}|", c.upper(), c + "!", len(c), c == "red")
print("-".join(Color), sorted(Color), c in {"red": 1}, {"red": 1}[c], "e" in c, c[0])
print(Color("green"), Color["RED"], list(Color))
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"

s = Shape.CIRCLE
print(s, repr(s), f"{s}", s == "circle", s.value, s.title(), isinstance(s, str), Shape.__mro__)
print({"circle": 0}[s], s.startswith("ci"))

class Num(float, Enum):
    HALF = 0.5
print(Num.HALF, repr(Num.HALF), Num.HALF * 2, isinstance(Num.HALF, float))
