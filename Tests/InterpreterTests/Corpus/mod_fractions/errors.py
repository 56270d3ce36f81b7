from fractions import Fraction

for args in [(1, 0), ("abc",), ("1/0",), (1, 2.0), ([1],), (float("nan"),), (float("inf"),)]:
    try:
        Fraction(*args)
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(1, 2) + "x"
except TypeError as e:
    print("TypeError:", e)
