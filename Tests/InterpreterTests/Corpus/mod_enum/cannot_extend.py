# An enum with members cannot be subclassed; one without can.
from enum import Enum


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value


class Size(Ordered):
    SMALL = 1
    LARGE = 3


print(Size.SMALL < Size.LARGE, sorted([Size.LARGE, Size.SMALL]))
try:
    Size.SMALL < 5
except AttributeError as e:
    print("AttributeError:", e)


class Extra(Size):
    HUGE = 5
