# A shallow copy shares the inner lists: changing one shows up in both.
import copy

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)

grid[0][0] = 9
grid.append([5, 5])
print("grid   ", grid)
print("shallow", shallow)
print("deep   ", deep)
print(shallow[0] is grid[0], deep[0] is grid[0])

sliced = grid[:]
listed = list(grid)
grid[1][1] = 7
print(sliced[1], listed[1], deep[1])
