# How many values lie in [low, high]? Two bisects answer without a loop.
import bisect

ages = sorted([23, 41, 17, 35, 35, 62, 29, 18, 50])
print(ages)


def count_between(values, low, high):
    return bisect.bisect_right(values, high) - bisect.bisect_left(values, low)


for low, high in [(18, 30), (35, 35), (0, 100), (70, 80)]:
    print(low, high, count_between(ages, low, high))

words = sorted(["cat", "car", "dog", "cart", "care", "do"])
start = bisect.bisect_left(words, "car")
end = bisect.bisect_left(words, "car\uffff")
print(words[start:end])
