# Particle simulation: instances with __init__ and __slots__, a method that
# returns a new instance, a @property, many short-lived objects.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scaled(dt))
        if self.pos.norm2 > 10000.0:
            self.vel = Vec(-self.vel.x, -self.vel.y)


def never_called():
    return "unreachable"


def simulate(n, steps):
    particles = [Particle(Vec(i * 0.5, -i * 0.25), Vec((i % 7) - 3.0, (i % 5) - 2.0), 1 + i % 3)
                 for i in range(n)]
    for _ in range(steps):
        for p in particles:
            p.step(0.1)
    energy = 0.0
    for p in particles:
        energy += 0.5 * p.mass * p.vel.norm2
    return round(energy, 6), round(sum(p.pos.x for p in particles), 6)


STEPS = 200  # bench: scale quick=4
energy, xsum = simulate(1000, STEPS)
print(f"energy={energy} xsum={xsum}")
# bench: never-hit breakpoint at line 36
