# Operator overloading in the manner of the raytrace and chaos benchmarks: a
# Vector class with __add__/__sub__/__mul__/__neg__, dot and normalisation
# via math.sqrt, a sphere intersection test per ray, __slots__ and
# classmethods, __eq__ and __hash__ for a set of hit colours.

import math


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    @classmethod
    def zero(cls):
        return cls(0.0, 0.0, 0.0)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y, self.z) == (other.x, other.y, other.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))


class Sphere:
    def __init__(self, centre, radius, colour):
        self.centre = centre
        self.radius = radius
        self.colour = colour

    def intersect(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-9 else None


def trace(spheres, origin, direction, light):
    nearest, hit = math.inf, None
    for s in spheres:
        t = s.intersect(origin, direction)
        if t is not None and t < nearest:
            nearest, hit = t, s
    if hit is None:
        return Vector.zero()
    point = origin + direction * nearest
    normal = (point - hit.centre).normalized()
    shade = max(0.0, normal.dot(-light))
    return hit.colour * shade


def never_called():
    return "unreachable"


def run(n):
    spheres = [Sphere(Vector(0.0, 0.0, 5.0), 1.5, Vector(1.0, 0.2, 0.2)),
               Sphere(Vector(2.0, 1.0, 6.0), 1.0, Vector(0.2, 1.0, 0.2)),
               Sphere(Vector(-2.0, -1.0, 4.0), 0.8, Vector(0.2, 0.2, 1.0))]
    light = Vector(1.0, -1.0, 1.0).normalized()
    origin = Vector.zero()
    total = 0.0
    colours = set()
    for py in range(n):
        for px in range(n):
            d = Vector((px - n / 2) / n, (py - n / 2) / n, 1.0).normalized()
            c = trace(spheres, origin, d, light)
            total += c.x + c.y + c.z
            colours.add(Vector(round(c.x, 1), round(c.y, 1), round(c.z, 1)))
    return f"{total:.6f} {len(colours)}"


N = 280  # bench: scale quick=12
print(f"ray={run(N)}")
# bench: never-hit breakpoint at line 83
