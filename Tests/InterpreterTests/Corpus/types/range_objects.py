# range: start, stop, step, len, indexing and membership.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3])
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 3)))
print(10 in range(0, 20, 5), 11 in range(0, 20, 5))
print(range(10).index(4), range(0, 10, 2).count(4))
print(range(3) == range(0, 3, 1), sum(range(101)))
