import statistics

scores = [55, 61, 64, 70, 72, 75, 78, 81, 85, 90, 94]
print(statistics.quantiles(scores))
print(statistics.quantiles(scores, n=10))
print(statistics.quantiles(scores, n=4, method="inclusive"))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(statistics.quantiles([42], n=4))
try:
    statistics.quantiles(scores, n=0)
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
