from fractions import Fraction

print(Fraction(3, 4), repr(Fraction(3, 4)))
print(Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(0, 5))
print(Fraction(5), Fraction("3/4"), Fraction(" -7/21 "), Fraction("1.25"), Fraction("2e-3"))
print(Fraction(0.5), Fraction(0.1))
print(Fraction(Fraction(1, 2), Fraction(1, 3)))
f = Fraction(10, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer())
print(Fraction.from_float(0.75), Fraction(7, 1), str(Fraction(7, 1)))
