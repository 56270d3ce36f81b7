# frexp/ldexp, nextafter with steps, ulp, isclose, fsum against sum.
import math

print(math.frexp(8.0), math.frexp(-0.375), math.frexp(0.0), math.ldexp(0.75, 4))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 2.0, steps=0))
print(math.ulp(1.0), math.ulp(1e100), math.ulp(0.0), math.ulp(-2.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001, rel_tol=1e-2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.inf > 10 ** 400)
