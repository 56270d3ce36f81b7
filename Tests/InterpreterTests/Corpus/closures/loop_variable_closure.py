# Closures made in a loop share the loop variable's single cell.
def make_functions():
    funcs = []
    for i in range(3):
        def show():
            return i
        funcs.append(show)
    return funcs


fs = make_functions()
print([f() for f in fs])
print(fs[0].__closure__[0] is fs[2].__closure__[0])
print(fs[0].__closure__[0].cell_contents)
