# A second name for an existing value is an alias; @unique forbids aliases.
from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 2
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(Shape.DIAMOND, Shape.DIAMOND is Shape.SQUARE, Shape(2))
for name, member in Shape.__members__.items():
    print(name, "->", member)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)
