import statistics

checks = [
    ("mean", lambda: statistics.mean([])),
    ("fmean", lambda: statistics.fmean([])),
    ("median", lambda: statistics.median([])),
    ("mode", lambda: statistics.mode([])),
    ("variance", lambda: statistics.variance([5])),
    ("stdev", lambda: statistics.stdev([5])),
    ("pvariance", lambda: statistics.pvariance([])),
    ("harmonic", lambda: statistics.harmonic_mean([-1, 2])),
    ("quantiles", lambda: statistics.quantiles([], n=4)),
]
for name, check in checks:
    try:
        check()
    except statistics.StatisticsError as e:
        print(name, "->", e)
print(issubclass(statistics.StatisticsError, ValueError))
try:
    statistics.mean([1, "two"])
except TypeError as e:
    print("TypeError:", e)
