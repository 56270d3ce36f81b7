from fractions import Fraction

def egyptian(f):
    parts = []
    while f.numerator != 0:
        unit = Fraction(1, -(-f.denominator // f.numerator))
        parts.append(unit)
        f -= unit
    return parts

for value in [Fraction(2, 3), Fraction(4, 5), Fraction(7, 15)]:
    parts = egyptian(value)
    print(value, "=", " + ".join(str(p) for p in parts))
    print(sum(parts) == value)
