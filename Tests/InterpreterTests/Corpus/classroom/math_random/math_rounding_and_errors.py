# floor/ceil/trunc/round on negatives, isclose, fsum and domain errors.
import math

for x in [2.5, -2.5, 3.7, -3.7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x))
print(round(0.125, 2), round(1234, -2), round(2.675, 2))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.gcd(12, 18), math.lcm(4, 6))
print(math.log(8, 2), math.log10(1000), math.hypot(3, 4), math.pi, math.e)
print(math.inf > 10 ** 100, math.isnan(math.nan), math.nan == math.nan)
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print("ValueError:", e)
