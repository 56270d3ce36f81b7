# Mean, variance and standard deviation with math.
import math

data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(data) / len(data)
variance = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, variance, math.sqrt(variance))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
