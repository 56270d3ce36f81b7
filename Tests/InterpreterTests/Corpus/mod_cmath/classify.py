# Testing values: isfinite, isinf, isnan and isclose.
import cmath

inf, nan = float("inf"), float("nan")
for z in [1 + 1j, complex(inf, 0), complex(0, nan), complex(inf, nan), 5, 2.5, True]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0, 1e-10j), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(a=1, b=1.0))
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan))
for call in [lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1), lambda: cmath.isclose(1, b=2, c=3),
             lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol="x"),
             lambda: cmath.isclose(1, a=2), lambda: cmath.isfinite("1")]:
    try:
        call()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
