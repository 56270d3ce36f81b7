# collections.namedtuple with default values, and a subclass adding methods
import collections

Config = collections.namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"))
print(Config("example.org", 443, debug=True))
print(Config._field_defaults)


class Vector(collections.namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4) + Vector(1, 1)
print(v, v.length(), Vector(3, 4).length())
print(list(v), v.count(4))
