# Members can be found by value with Color(v) and by name with Color[name].
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color(2), Color["BLUE"])
print(Color(1) is Color.RED, Color["RED"] is Color.RED)
print(getattr(Color, "GREEN"))
print(1 in Color, Color.RED in Color, 7 in Color)

try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)

try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

Color("red")
