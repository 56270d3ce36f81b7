# isinstance with one type or a tuple of types.
for v in (1, 1.5, "s", True, None, [1], (1,)):
    print(repr(v), isinstance(v, int), isinstance(v, (float, str)), isinstance(v, (list, tuple)))
print(isinstance(True, bool), isinstance(1, bool), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, float))
