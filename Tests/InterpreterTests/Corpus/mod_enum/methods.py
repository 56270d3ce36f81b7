# Enums are classes: they can have methods, properties and classmethods.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()}: g={self.surface_gravity:.2f}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


for p in Planet:
    print(p.describe())
print(Planet.EARTH.value)
print(Planet.heaviest())
print(Planet((3.303e+23, 2.4397e6)))
