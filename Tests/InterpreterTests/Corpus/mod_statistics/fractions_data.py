import statistics
from fractions import Fraction

data = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 4)]
print(repr(statistics.mean(data)))
print(repr(statistics.variance(data)))
print(statistics.stdev(data))
print(repr(statistics.median(data)))
print(statistics.mean([Fraction(1, 2), 0.5]))
