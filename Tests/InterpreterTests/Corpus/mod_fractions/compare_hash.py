from fractions import Fraction

print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(2, 1) == 2)
print(Fraction(1, 3) < 0.34, Fraction(3, 4) > Fraction(2, 3), Fraction(1, 2) <= 1)
print(hash(Fraction(5)) == hash(5), hash(Fraction(1, 2)) == hash(0.5))
print(sorted([Fraction(1, 2), 0.3, Fraction(1, 3), 1]))
print(max(Fraction(5, 7), Fraction(7, 10)))
lookup = {Fraction(1, 2): "half", 3: "three"}
print(lookup[Fraction(2, 4)], lookup[Fraction(3)], lookup[0.5])
print(bool(Fraction(0)), bool(Fraction(1, 9)))
print(Fraction(1, 3) == float("inf"), Fraction(1, 3) < float("inf"))
