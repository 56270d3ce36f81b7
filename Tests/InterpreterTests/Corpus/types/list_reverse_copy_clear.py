# reverse, copy and clear; copies are shallow.
a = [1, [2, 3], 4]
b = a.copy()
b[1].append(99)
b[0] = "changed"
print(a, b)
a.reverse()
print(a)
c = a[:]
a.clear()
print(a, c, len(c))
