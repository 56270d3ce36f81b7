# Sorting values that cannot be compared.
print(sorted([3, 1, 2]))
print(sorted(["b", "a"]))
print(sorted([1, 2.5, True]))
sorted([1, "two", 3])
