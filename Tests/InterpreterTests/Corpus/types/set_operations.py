# Set operations on small integers.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print({1, 2} <= a, {1, 9} <= a, a.issuperset({1}), a.isdisjoint({7, 8}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s), 3 in s)
s.discard(10)
s.remove(1)
print(s)
print(set([1, 1, 2, 2, 3]), sorted({5, 1, 4}))
print(frozenset({2, 1}) == {1, 2})
