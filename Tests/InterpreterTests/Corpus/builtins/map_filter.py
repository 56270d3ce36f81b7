# map and filter are lazy; list() consumes them.
print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 2, range(10))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
