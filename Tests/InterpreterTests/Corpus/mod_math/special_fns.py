# gamma, lgamma, erf and erfc: factorials generalised and the normal curve.
import math

for x in [0.5, 1, 2.5, 5, 10.1]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.gamma(6) == math.factorial(5), math.gamma(-0.5))
for x in [0, 0.5, 1, 2, -1]:
    print(x, math.erf(x), math.erfc(x))
phi = lambda z: (1 + math.erf(z / math.sqrt(2))) / 2
print(round(phi(1.96), 6), round(phi(-1), 6))
for bad in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(-1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
