# Trigonometric and hyperbolic functions and their inverses.
import cmath

for z in [0.5, 2, 1 + 1j, -2j, complex(-0.0, 0.5)]:
    print(z)
    print("  sin/cos/tan   ", cmath.sin(z), cmath.cos(z), cmath.tan(z))
    print("  asin/acos/atan", cmath.asin(z), cmath.acos(z), cmath.atan(z))
    print("  sinh/cosh/tanh", cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
    print("  inverse hyp   ", cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))
print(cmath.sin(cmath.asin(0.3 + 0.2j)), cmath.cosh(700), cmath.tanh(1000), cmath.tan(1000j))
