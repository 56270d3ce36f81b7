# reduce folds a sequence into one value, left to right.
import functools


def add(a, b):
    print(f"  add({a}, {b})")
    return a + b


print(functools.reduce(add, [1, 2, 3, 4]))
print(functools.reduce(add, [1, 2, 3], 100))
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)))
print(functools.reduce(lambda best, w: w if len(w) > len(best) else best, ["pear", "banana", "fig"]))
print(functools.reduce(lambda acc, d: acc * 10 + d, [4, 0, 2]))
print(functools.reduce(add, [], "empty"))
print(functools.reduce(add, ["only"]))

try:
    functools.reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
