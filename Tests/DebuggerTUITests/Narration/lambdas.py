# commands: s*20
double = lambda x: x * 2
pairs = sorted([(2, "b"), (1, "a")], key=lambda p: p[0])
print(double(4), pairs)
