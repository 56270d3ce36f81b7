# bool is a subclass of int.
print(True + True, True * 10, False - 1)
print(isinstance(True, int), type(True).__name__, True == 1)
print(sum([True, False, True]), ["no", "yes"][True])
print(bool([]), bool([0]), bool(None), str(False))
