import statistics

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.pvariance(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.stdev(data))
print(statistics.variance([1, 2, 3]), type(statistics.variance([1, 2, 3])).__name__)
print(statistics.variance([1, 2, 3, 4]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.pvariance([1, 2, 3], mu=2))
print(statistics.stdev([0.1, 0.2, 0.3, 0.7]))
