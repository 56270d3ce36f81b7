from fractions import Fraction
import math

pi = Fraction(math.pi)
print(pi)
for limit in (1, 10, 100, 1000, 100000):
    approx = pi.limit_denominator(limit)
    print(limit, approx, float(approx))
print(Fraction(0.1).limit_denominator(), Fraction(3, 7).limit_denominator(5))
print(Fraction(-17, 23).limit_denominator(4))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
