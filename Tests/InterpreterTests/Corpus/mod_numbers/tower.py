# The numeric tower: isinstance checks against numbers' abstract classes.
import numbers
from fractions import Fraction
for v in [3, True, 2.5, Fraction(1, 3), "7", None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))
