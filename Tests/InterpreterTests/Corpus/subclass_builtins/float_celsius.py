# __new__ on an immutable base: the value is fixed when the object is made.
class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}°C"


t = Celsius(100)
print(t, t.to_fahrenheit(), t + 1, type(t + 1).__name__, isinstance(t, float))
print(round(Celsius(36.6)), round(Celsius(36.66), 1), int(t), f"{t:.1f}", t > 50, t == 100.0)
print(sorted([Celsius(30), Celsius(-5), Celsius(12.5)]), max(Celsius(1), 2.5))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Ratio(float):
    pass


r = Ratio(0.25)
print(r, repr(r), str(r), r * 4, r.is_integer(), r.as_integer_ratio(), float(r), type(float(r)).__name__)
import math
print(math.sqrt(r), math.floor(Ratio(2.7)), hash(r) == hash(0.25), {0.25: "quarter"}[r])
