# The classic table lookup: which band does a score fall in?
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

tax_bands = [10_000, 40_000, 100_000]
rates = [0, 20, 40, 45]
for income in [5_000, 10_000, 10_001, 75_000, 250_000]:
    print(income, rates[bisect.bisect_left(tax_bands, income)])
