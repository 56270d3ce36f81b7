# Shortest repr that round-trips.
values = (0.1, 1 / 3, 2.0, 1e16, 1e-5, 123456789.123, 1.5e300, -0.0, 100.0, 0.1 + 0.7, 3.0e-10, 1e22, 1e15)
for x in values:
    print(repr(x))
print(str(2.50), 7.0 / 2, float(3))
