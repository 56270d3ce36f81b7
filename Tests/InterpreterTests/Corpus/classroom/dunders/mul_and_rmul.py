# v * 3 calls __mul__; 3 * v falls back to __rmul__.
class Vec:
    def __init__(self, *parts):
        self.parts = parts

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[p * k for p in self.parts])

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vec{self.parts}"


print(Vec(1, 2) * 3, 2 * Vec(1, 2), Vec(1.5) * 2)
try:
    Vec(1) * Vec(2)
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * Vec(1)
except TypeError as e:
    print("TypeError:", e)
