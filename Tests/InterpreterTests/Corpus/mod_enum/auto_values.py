# auto() picks the next value: 1, 2, 3... continuing after explicit ones.
from enum import Enum, StrEnum, auto


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()


class Level(Enum):
    LOW = 10
    MID = auto()
    HIGH = auto()


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()


print([d.value for d in Weekday])
print(list(Level))
print(list(Mode), Mode.READ == "read")


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    A = auto()
    B = auto()


print(Custom.A.value, Custom.B.value)
