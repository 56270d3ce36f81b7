# hypot and dist in many dimensions, sumprod and fma.
import math

print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [0.1] * 10), sum(x * y for x, y in zip([0.1] * 10, [0.1] * 10)))
print(math.sumprod([1.5, 2], [2, 3]), math.sumprod([10 ** 20], [10 ** 20]))
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), 0.1 * 10 - 1)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(e)
