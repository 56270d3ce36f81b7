import math
tests = [lambda: math.isclose(1, 1.0000001), lambda: math.isclose(1, 1.0000001, rel_tol=1e-6),
         lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1), lambda: math.isclose(1, 2, 3),
         lambda: math.isclose("a", 1), lambda: math.isclose(1, "b"), lambda: math.isclose(0, 1e-10, abs_tol=1e-9),
         lambda: math.isclose(1, 2, rel_tol="x"), lambda: math.isclose(1, 2, foo=1), lambda: math.isclose(a=1, b=1),
         lambda: math.isclose(math.inf, math.inf), lambda: math.isclose(math.nan, math.nan),
         lambda: math.isclose(1, 2, abs_tol=-1), lambda: math.isclose()]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
