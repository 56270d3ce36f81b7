# type() of common values and their reprs.
values = (1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, range(2), len, print)
for value in values:
    print(type(value).__name__, repr(value))
print(type(1), type("s"), type(None))
