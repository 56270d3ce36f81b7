# IntEnum and IntFlag members are real ints.
from enum import IntEnum, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

p = Priority.MEDIUM
print(isinstance(p, int), Priority.__mro__)
print(p, str(p), repr(p), f"{p}", f"{p:>4}|", format(p, "03d"), "%d" % p)
print(p + 1, p * 10, -p, p < Priority.HIGH, p == 2, p > 1, abs(p), p.bit_length())
print({2: "two"}[p], hash(p) == hash(2), sorted([Priority.HIGH, Priority.LOW, 2]))
print(list(Priority), Priority(3), Priority["LOW"], len(Priority))
print(max(Priority), sum(Priority), int(p), type(p + 0).__name__)
print(["a", "b", "c", "d"][p], range(5)[Priority.LOW])
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), isinstance(rw, int), rw + 1, rw & 4, Perm.R in rw, Perm.X in rw)
print(list(rw), repr(Perm(0)), repr(Perm(8)), repr(~Perm.R), rw == 6)

class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()
print(Level.DEBUG.value, Level.INFO.name, [m.value for m in Level])
