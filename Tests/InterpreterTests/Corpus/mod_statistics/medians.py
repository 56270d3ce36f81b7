import statistics

odd = [7, 1, 3, 9, 5]
even = [4, 1, 3, 2]
print(statistics.median(odd), statistics.median(even))
print(statistics.median_low(even), statistics.median_high(even))
print(statistics.median([1, 3]), statistics.median([1, 2.5]))
print(statistics.median_grouped([52, 52, 53, 54]))
print(statistics.median(["b", "a", "c"]))
