# types.CellType(contents) makes a cell; an empty one raises ValueError on read.
import types
c = types.CellType(5)
print(c.cell_contents, type(c), c == c)
c.cell_contents = 7
print(c.cell_contents)
e = types.CellType()
try:
    e.cell_contents
except ValueError as err:
    print(err)
try:
    types.CellType(1, 2)
except TypeError as err:
    print(err)
print(repr(e).split(' at ')[0])
