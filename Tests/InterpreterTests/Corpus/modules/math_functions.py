# A selection of the math module.
import math

print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7))
print(math.factorial(20), math.gcd(84, 36), math.lcm(4, 6))
print(math.fabs(-3), math.pow(2, 10), math.hypot(3, 4))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10))
print(math.inf, -math.inf, math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.exp(0), math.degrees(math.pi), math.radians(180) == math.pi)
