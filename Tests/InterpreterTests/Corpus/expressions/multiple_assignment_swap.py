# Tuple packing and unpacking swap values without a temporary.
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 0
x += 1
print(x, y, z)
a, b, c = "xyz"
print(c, b, a)
i, (j, k) = 0, [1, 2]
print(i, j, k)
