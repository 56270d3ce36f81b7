# Exponentials and logarithms, including the exact cases and big ints.
import math

print(math.exp(1), math.exp2(10), math.expm1(1e-10), math.log(math.e), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(100, 10))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.sqrt(2), math.cbrt(27), math.cbrt(-8), math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(2, -1))
for bad in [lambda: math.log(0), lambda: math.sqrt(-1), lambda: math.log(-5), lambda: math.exp(1000), lambda: math.log(2, 1)]:
    try:
        bad()
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
