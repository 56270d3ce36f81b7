import statistics as st
grades = [88, 92, 79, 93, 85, 92, 70, 100]
print(st.mean(grades), st.fmean(grades), st.median(grades), st.mode(grades))
print(st.median_low(grades), st.median_high(grades), st.multimode("aabbc"))
print(st.stdev(grades), st.pstdev(grades))
print(st.variance(grades), st.pvariance(grades))
print(st.quantiles(grades), st.quantiles(grades, n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 2, 4]))
print(st.mean([1.5, 2.5]), st.mean([1, 2]), st.median([1, 2, 3, 4]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.variance([Fraction(1, 2), Fraction(3, 2), 1]))
print(st.median_grouped([1, 2, 2, 3, 4]), st.correlation([1, 2, 3], [2, 4, 7]))
print(st.linear_regression([1, 2, 3], [2, 4, 6]))
print(st.covariance([1, 2, 3], [1, 3, 2]))
