# Exact membership and neighbours with bisect_left.
import bisect


def index_of(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    if i != len(sorted_list) and sorted_list[i] == x:
        return i
    return -1


def closest(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    candidates = sorted_list[max(i - 1, 0):i + 1]
    return min(candidates, key=lambda v: abs(v - x))


primes = [2, 3, 5, 7, 11, 13, 17, 19, 23]
print(index_of(primes, 13), index_of(primes, 4), index_of(primes, 30))
print(closest(primes, 9), closest(primes, 20), closest(primes, 1), closest(primes, 100))
