# total_ordering writes <=, > and >= from __eq__ and __lt__.
import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b)
print(a == c, a <= c, a >= c, a != c)
print(sorted([Version(2, 0), a, b, Version(0, 9)]))
print(max(a, b), min(a, b))
print(Version.__ge__.__name__)

try:
    functools.total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError:", e)
