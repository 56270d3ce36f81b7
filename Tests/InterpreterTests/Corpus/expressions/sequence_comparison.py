# Sequences compare element by element.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0))
print([3] > [2, 9], "apple" < "banana", "Zebra" < "apple")
print((1, "a") == (1, "a"), [1, 2] == (1, 2))
print(max([(2, "b"), (2, "a"), (1, "z")]))
