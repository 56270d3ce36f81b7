# enumerate with a start; zip stops at the shortest input.
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=1)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1], [2], [3])))
names, ages = zip(*[("ann", 31), ("bob", 25)])
print(names, ages)
print(dict(zip(["k1", "k2"], [10, 20])))
