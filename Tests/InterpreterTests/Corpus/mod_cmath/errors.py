# What cmath refuses: domain and range errors, wrong types, wrong counts.
import cmath

calls = [
    ("log(0)", lambda: cmath.log(0)),
    ("log10(0j)", lambda: cmath.log10(0j)),
    ("log(2, 1)", lambda: cmath.log(2, 1)),
    ("log(2, 0)", lambda: cmath.log(2, 0)),
    ("log(0, 2)", lambda: cmath.log(0, 2)),
    ("atanh(1)", lambda: cmath.atanh(1)),
    ("atanh(-1)", lambda: cmath.atanh(-1)),
    ("exp(1000)", lambda: cmath.exp(1000)),
    ("cosh(1000j)", lambda: cmath.cos(1000j)),
    ("sinh(inf*1j)", lambda: cmath.sinh(complex(0, float("inf")))),
    ("rect(1, inf)", lambda: cmath.rect(1, float("inf"))),
    ("polar(huge)", lambda: cmath.polar(complex(1.7e308, 1.7e308))),
    ("sqrt('4')", lambda: cmath.sqrt("4")),
    ("sqrt(None)", lambda: cmath.sqrt(None)),
    ("sqrt()", lambda: cmath.sqrt()),
    ("sqrt(1, 2)", lambda: cmath.sqrt(1, 2)),
    ("log()", lambda: cmath.log()),
    ("log(1, 2, 3)", lambda: cmath.log(1, 2, 3)),
    ("log(1, 'e')", lambda: cmath.log(1, "e")),
    ("rect(1)", lambda: cmath.rect(1)),
    ("rect(1j, 0)", lambda: cmath.rect(1j, 0)),
    ("phase([])", lambda: cmath.phase([])),
    ("exp(x=1)", lambda: cmath.exp(x=1)),
]
for label, call in calls:
    try:
        print(label, "=", call())
    except (ValueError, OverflowError, TypeError) as err:
        print(label, type(err).__name__, err)


class Wave:
    def __complex__(self):
        return 2j


class Level:
    def __float__(self):
        return 9.0


print(cmath.sqrt(Wave()), cmath.sqrt(Level()), cmath.phase(Wave()))
