# Tuples: packing, indexing, count/index, immutability, single-element syntax.
t = 1, 2, 3, 2
print(t, type(t).__name__, len(t))
print(t[1], t[-1], t[1:3], t.count(2), t.index(3))
print((1,), (), tuple("ab"), tuple([1, 2]))
try:
    t[0] = 10
except TypeError as exc:
    print(exc)
print((1, [2]) + (3,), t * 2 if len(t) < 3 else t[:2] * 2)
nested = ([1, 2],)
nested[0].append(3)
print(nested)
