# IntFlag members are ints too: they mix with plain integers.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W))
print(repr(Perm.R | 1), repr(Perm.R | 8), Perm.R + 1)
print(repr(~Perm.R), Perm.R == 4, Perm(7))
mode = Perm(5)
print(repr(mode), Perm.X in mode, Perm.W in mode, list(mode))
print(format(mode), f"{mode:b}")
