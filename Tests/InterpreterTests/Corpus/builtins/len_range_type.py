# len, range and type of common values.
print(len("scope"), len([1, 2]), len({"a": 1}), len(range(10)), len(()), len({1, 2, 2}))
print(list(range(3)), list(range(1, 10, 4)))
print(type(3) is int, type("") is str, type([]) == list)
print(type(len).__name__, type(range(1)).__name__)
