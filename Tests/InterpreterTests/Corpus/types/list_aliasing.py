# Two names for one list see the same changes.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
