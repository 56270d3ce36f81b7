# Leaving two loops at once with a flag.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value * value > 20:
            found = (r, c)
            break
    if found:
        break
print(found)
