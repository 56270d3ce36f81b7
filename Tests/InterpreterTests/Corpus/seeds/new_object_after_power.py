# Seed 002, "Sniffing around returned values" (second snippet): inp = inp**2
# binds a new object, so the assertion fails with AssertionError.
# Changed: the seed prints raw id() numbers; this prints id() comparisons.
def func():
    x = 10
    return x


ext_x = func()
print(f"id(ext_x) == id(10): {id(ext_x) == id(10)}")


def func2(inp):
    inp = inp**2
    return inp


ext_x2 = func2(ext_x)
print(f"id(ext_x2) == id(ext_x): {id(ext_x2) == id(ext_x)}")
assert ext_x is ext_x2, "the objects are not the same"
