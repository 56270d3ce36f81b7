# Branch cuts: the sign of a zero picks the side of the cut.
import cmath

for z in [complex(-4, 0.0), complex(-4, -0.0)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.phase(z))
for z in [complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0)]:
    print(z, cmath.asin(z), cmath.acos(z), cmath.atanh(z))
for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
    print(z, cmath.atan(z), cmath.asinh(z))
for z in [complex(0.5, 0.0), complex(0.5, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0)]:
    print(z, cmath.acosh(z), cmath.sqrt(z), cmath.tanh(z), cmath.sinh(z))
print(cmath.atanh(complex(1, 1e-200)), cmath.log(complex(1e-320, 1e-320)), cmath.sqrt(complex(5e-324, 5e-324)))
print(cmath.sqrt(complex(1e308, 1e308)), cmath.log(complex(1e308, 1e308)), cmath.acos(complex(1e308, -1e308)))
print(cmath.asinh(complex(-1e308, 1e308)), cmath.atanh(complex(1e200, 1e200)), cmath.log(complex(0.8, 0.6)))
