# _missing_ is called when a lookup by value finds nothing.
from enum import Enum


class Answer(Enum):
    YES = "yes"
    NO = "no"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            lowered = value.strip().lower()
            for member in cls:
                if member.value == lowered:
                    return member
        return None


print(Answer("yes"), Answer(" YES "), Answer("No"))
try:
    Answer("maybe")
except ValueError as e:
    print(e)
