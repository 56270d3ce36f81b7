# An int subclass: arithmetic gives plain ints unless the class says otherwise.
class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"

    def double(self):
        return Count(self * 2)


c = Count(7)
print(c, repr(c), str(c), c + 1, type(c + 1).__name__, c * c, -c, abs(Count(-3)), c // 2, c % 4, c ** 2)
print(c.double(), type(c.double()).__name__, isinstance(c, int), c == 7, c < 10, hash(c) == hash(7))
print(["a", "b", "c", "d", "e", "f", "g", "h"][c], list(range(Count(3))), [0] * Count(2), bin(c), hex(c))
print(int(c), type(int(c)).__name__, float(c), bool(Count(0)), round(c), c.bit_length(), f"{c:03d}", f"{c}")
print({7: "seven"}[c], sorted([Count(3), 1, Count(2)]), max(Count(1), Count(5)), sum([c, c]))


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __str__(self):
        return f"${int(self)}"


m = Money(5) + 10
print(m, type(m).__name__, 3 + Money(4), type(3 + Money(4)).__name__, Money(2) * 3, sum([Money(1), Money(2)]))
