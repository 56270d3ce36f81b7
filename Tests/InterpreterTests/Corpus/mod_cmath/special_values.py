# Infinities and NaNs in and out of cmath functions (C99 Annex G).
import cmath

inf, nan = float("inf"), float("nan")
values = [complex(inf, 0), complex(-inf, 0.0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(-inf, nan),
          complex(nan, -inf), complex(1, nan), complex(-inf, 2.0)]
names = ["sqrt", "exp", "log", "acos", "asinh", "atanh", "cosh", "sinh", "tanh", "cos", "tan"]
for name in names:
    fn = getattr(cmath, name)
    results = []
    for z in values:
        try:
            results.append(repr(fn(z)))
        except (ValueError, OverflowError) as err:
            results.append(type(err).__name__)
    print(name, " ".join(results))
print(cmath.rect(inf, 1), cmath.rect(-inf, 2.0), cmath.rect(nan, 0), cmath.rect(0, inf), cmath.rect(inf, 0.0))
print(cmath.polar(complex(inf, nan)), cmath.polar(complex(nan, 1)), cmath.phase(complex(-inf, -inf)))
