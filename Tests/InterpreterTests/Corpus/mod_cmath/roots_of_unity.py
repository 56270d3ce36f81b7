# The n-th roots of unity sit evenly on the unit circle.
import cmath

n = 6
roots = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
for k, z in enumerate(roots):
    print(k, f"{z.real:+.3f} {z.imag:+.3f}i", round(cmath.phase(z), 4), cmath.isclose(z ** n, 1))
print(abs(sum(roots)) < 1e-12)
product = 1
for z in roots:
    product *= z
print(f"{product:.6f}")
