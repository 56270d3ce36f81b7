# An Enum gives names to a fixed set of values.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(type(Color.RED), Color)
print(isinstance(Color.GREEN, Color))
for c in Color:
    print(c.name, "=", c.value)
print(len(Color), list(Color))
favourite = Color.BLUE
print(favourite is Color.BLUE, favourite == Color.BLUE, favourite == 3)
