# Integer functions: isqrt, comb, perm, factorial, gcd and lcm of many arguments.
import math

print(math.isqrt(99), math.isqrt(10 ** 30), math.isqrt(0))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5), math.perm(10, 3))
print(math.factorial(20), math.factorial(0), len(str(math.factorial(100))))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 30), math.gcd(-4, 6), math.gcd(0, 0))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(3, 5, 7, 9))
print(math.gcd(2 ** 100, 6 ** 50) == 2 ** 50, math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=10))
for bad in [lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.factorial(2.0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
