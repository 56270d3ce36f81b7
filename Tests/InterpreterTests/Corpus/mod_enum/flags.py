# Flag members combine with | & ~ and test membership with `in`.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), rw, rw.value)
print(Perm.R in rw, Perm.X in rw)
print(list(rw), len(rw))
print(repr(rw & Perm.R), repr(rw & Perm.X), bool(rw & Perm.X))
print(repr(~Perm.R), repr(Perm(0)), Perm(0))
print(Perm(6) is rw)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], Color.WHITE, list(Color.WHITE))
print(repr(Color.RED | Color.GREEN | Color.BLUE))
Perm(8)
