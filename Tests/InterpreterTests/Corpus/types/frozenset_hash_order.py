# hash(frozenset) is CPython's, so sets of frozensets print in CPython's order,
# and a nested frozenset hashes without re-hashing its elements (cached).
groups = {frozenset({1, 2}), frozenset({3}), frozenset(), frozenset({1}), frozenset({2, 3, 4})}
print(groups)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
print(hash(frozenset({frozenset({1})})))
print(hash(frozenset([-1, 2**70, 1.5, None, (1, 2)])))
print(hash(frozenset(range(100))))

def powerset(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result

for s in powerset([1, 2, 3]):
    print(sorted(s), end=" ")
print()
edges = {frozenset((a, b)) for a, b in [(1, 2), (2, 3), (3, 1), (2, 1)]}
print(len(edges), edges)
f = frozenset()
for _ in range(300):
    f = frozenset([f])
print(hash(f) == hash(frozenset([frozenset(f)][0])))
s = frozenset({1, 2})
print({s: "a", frozenset({2, 1}): "b"})
