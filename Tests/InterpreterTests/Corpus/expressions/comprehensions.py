# List, set, dict comprehensions and nested loops in one comprehension.
print([n * n for n in range(6) if n % 2 == 0])
print({n % 3 for n in range(10)})
print({w: len(w) for w in ["scope", "cell", "frame"]})
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print(sum(x for x in range(101)))
