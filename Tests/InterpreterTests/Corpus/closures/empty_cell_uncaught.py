# Reading an empty cell's contents outside try: the program stops.
def outer():
    def inner():
        return later
    cell = inner.__closure__[0]
    print("about to read an empty cell")
    print(cell.cell_contents)
    later = 1


outer()
