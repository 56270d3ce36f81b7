# Plain Enum and Flag: lookups, reprs, iteration, errors.
from enum import Enum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color['GREEN'], Color(3), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, Color.__members__.keys())
print(isinstance(Color.RED, Color), isinstance(Color.RED, int), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm.R in rw, bool(Perm(0)), repr(Perm(0)), repr(~Perm.R))
print(f"{Perm.X}", format(Perm.X), str(rw), Perm(5))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
