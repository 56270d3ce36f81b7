from fractions import Fraction
import math

values = [Fraction(5, 2), Fraction(7, 2), Fraction(-5, 2), Fraction(10, 3), Fraction(-10, 3)]
for v in values:
    print(v, round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v))
print(round(Fraction(1234, 100), 1), round(Fraction(1234, 1), -2), round(Fraction(1, 3), 3))
print(type(round(Fraction(5, 2))).__name__, type(round(Fraction(5, 2), 1)).__name__)
print(float(Fraction(1, 3)), float(Fraction(2, 3)))
print(f"{Fraction(1, 3):.5f}", f"{Fraction(-2, 3):.1%}", f"{Fraction(22, 7):>10}")
