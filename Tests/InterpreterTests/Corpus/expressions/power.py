# Exponentiation: right-associative, negative exponents give floats.
print(2 ** 10, 2 ** 0, 0 ** 0)
print(2 ** -1, 10 ** -2)
print(2 ** 3 ** 2)
print(-2 ** 2, (-2) ** 2)
print(2 ** 0.5)
print(4 ** 0.5, 9.0 ** 2)
print(2 ** 100)
