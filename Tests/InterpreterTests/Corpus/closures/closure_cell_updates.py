# Rebinding the outer variable after the inner function is returned is seen
# through the shared cell.
def make():
    state = "initial"

    def read():
        return state

    def write(v):
        nonlocal state
        state = v
    return read, write


read, write = make()
cell = read.__closure__[0]
print(read(), cell.cell_contents)
write("changed")
print(read(), cell.cell_contents)
cell.cell_contents = "set through the cell"
print(read())
