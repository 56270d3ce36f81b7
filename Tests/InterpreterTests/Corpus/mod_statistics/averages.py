import statistics

print(statistics.mean([1, 2, 3, 4]))
print(statistics.mean([1, 2, 3]))
print(statistics.mean([1.5, 2, 3]))
print(statistics.mean([True, False, True]))
print(statistics.fmean([1, 2, 3]))
print(statistics.fmean([1, 2, 3], weights=[1, 1, 2]))
print(statistics.geometric_mean([1, 2, 4]))
print(statistics.harmonic_mean([40, 60]))
print(statistics.mean(x * x for x in range(5)))
print(type(statistics.mean([2, 4])).__name__, type(statistics.mean([2, 3])).__name__)
