# A classroom worksheet: right triangles, circle areas, compound interest, primes.
import math

for a, b in [(3, 4), (5, 12), (1, 1)]:
    c = math.hypot(a, b)
    angle = math.degrees(math.atan2(b, a))
    print(f'{a}, {b} -> hypotenuse {c:.4f}, angle {angle:.2f} deg, integer? {c.is_integer()}')
for r in [1, 2.5, 10]:
    print(f'r={r}: area {math.pi * r ** 2:.3f}, circumference {math.tau * r:.3f}')
principal, rate = 1000, 0.05
print([round(principal * math.exp(rate * t), 2) for t in range(0, 11, 5)])
print(math.ceil(math.log(2) / math.log(1 + rate)))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, math.isqrt(n) + 1))]
print(primes, math.prod(primes[:5]), math.lcm(*primes[:5]))
print(math.comb(49, 6), f'{1 / math.comb(49, 6):.2e}')
