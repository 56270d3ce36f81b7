# floor, ceil, trunc, modf, fmod, remainder and copysign on awkward values.
import math

for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 1e20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.modf(x))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.remainder(5, 2))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-4), round(2.5), round(3.5))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30) - 0.5))
