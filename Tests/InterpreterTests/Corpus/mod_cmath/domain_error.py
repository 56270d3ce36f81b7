# The logarithm of zero is undefined, even for complex numbers.
import cmath

for x in [1, -1, 1j]:
    print(x, cmath.log(x))
print(cmath.log(0))
