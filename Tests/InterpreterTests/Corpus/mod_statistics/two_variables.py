import statistics

hours = [1, 2, 3, 4, 5]
score = [52, 58, 65, 70, 78]
print(statistics.covariance(hours, score))
print(round(statistics.correlation(hours, score), 6))
fit = statistics.linear_regression(hours, score)
print(fit)
print(fit.slope, fit.intercept)
slope, intercept = fit
print(round(slope * 6 + intercept, 2))
try:
    statistics.correlation([1, 1, 1], [1, 2, 3])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
