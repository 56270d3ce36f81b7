# A cell exists before the variable is assigned; reading it then fails.
def outer():
    def inner():
        return value
    cell = inner.__closure__[0]
    print(cell)
    try:
        print(cell.cell_contents)
    except ValueError as exc:
        print("ValueError:", exc)
    value = 42
    print(cell)
    print(cell.cell_contents)
    return inner


print(outer()())
