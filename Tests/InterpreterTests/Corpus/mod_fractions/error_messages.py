from fractions import Fraction
for t in [lambda: Fraction(1, 0), lambda: Fraction("1/0"), lambda: Fraction("abc"), lambda: Fraction(1.5, 2),
          lambda: Fraction(float("nan")), lambda: Fraction(float("inf")), lambda: Fraction([1]),
          lambda: Fraction(1, 2) + "a", lambda: Fraction(1, 3) < "x", lambda: Fraction(0) ** -1,
          lambda: Fraction(1, 2).limit_denominator(0), lambda: Fraction(1) / 0, lambda: Fraction(1) / Fraction(0),
          lambda: Fraction(1, 2) + 1j, lambda: Fraction(1, 2) * 1j, lambda: Fraction("1/2/3")]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
