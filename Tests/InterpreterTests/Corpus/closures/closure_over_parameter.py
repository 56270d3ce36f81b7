# Parameters can be captured like any other local.
def power_of(exponent):
    def raise_to(base):
        return base ** exponent
    return raise_to


square = power_of(2)
cube = power_of(3)
print(square(7), cube(2))
print(power_of.__code__.co_cellvars)
print(square.__code__.co_freevars)
print(square.__closure__[0].cell_contents)
