# abs, min, max and sum.
print(abs(-3), abs(2.5), abs(-0.0), abs(-10 ** 20))
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), 100))
print(max([], default="empty"), min([], default=None))
print(max(["pear", "fig", "banana"], key=len), min(["pear", "fig", "banana"], key=len))
print(max([(1, "b"), (1, "a")]), min([3, 1, 3, 1]))
try:
    max([])
except ValueError as exc:
    print(exc)
