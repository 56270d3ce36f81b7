# A factory function gives each closure its own cell.
def make(value):
    return lambda: value


funcs = [make(i) for i in range(3)]
print([f() for f in funcs])
print([f.__closure__[0].cell_contents for f in funcs])
