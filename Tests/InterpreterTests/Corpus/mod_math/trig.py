# Trigonometry in degrees and radians, hyperbolic functions, atan2 quadrants.
import math

for deg in [0, 30, 45, 60, 90, 180]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 1))
print(math.asin(1), math.acos(0), math.atan(math.inf), math.sinh(1), math.cosh(1), math.tanh(100))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.pi, math.tau, math.e)
try:
    math.acos(2)
except ValueError as e:
    print(e)
