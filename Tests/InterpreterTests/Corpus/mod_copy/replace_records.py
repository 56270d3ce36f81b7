# copy.replace() (new in 3.13) makes a changed copy of a record: a namedtuple,
# a typing.NamedTuple class or a dataclass, through their __replace__.
import copy
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = copy.replace(p, y=20)
print(p, q, q is p)


class Card(NamedTuple):
    rank: str
    suit: str = "hearts"


ace = Card("A")
print(copy.replace(ace, suit="spades"), ace)
print(copy.replace(ace))


@dataclass(frozen=True)
class Student:
    name: str
    grade: int


s = Student("Ada", 90)
print(copy.replace(s, grade=95))

try:
    copy.replace(p, z=3)
except TypeError as exc:
    print(type(exc).__name__, exc)

try:
    copy.replace([1, 2], x=1)
except TypeError as exc:
    print(type(exc).__name__, exc)


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __replace__(self, **changes):
        return Version(changes.get("major", self.major), changes.get("minor", self.minor))

    def __repr__(self):
        return f"Version({self.major}.{self.minor})"


print(copy.replace(Version(3, 12), minor=13))
