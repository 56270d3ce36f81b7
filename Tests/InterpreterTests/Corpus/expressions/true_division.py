# / always returns a float.
print(6 / 3, 7 / 2, -7 / 2)
print(1 / 3)
print(2 / 3)
print(10 / 4 == 2.5)
print(type(4 / 2).__name__)
print(1e308 * 10, -1e308 * 10)
