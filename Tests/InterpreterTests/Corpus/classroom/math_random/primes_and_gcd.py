# Integer math: primes with isqrt, gcd and lcm.
import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


print([n for n in range(60) if is_prime(n)])
print(math.gcd(2 ** 20, 6 ** 8), math.lcm(12, 18, 30), math.factorial(25))
