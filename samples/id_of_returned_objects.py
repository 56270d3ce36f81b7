# Seed 002, "Introduction" and "Sniffing around returned values": a returned
# object is the same object the function created.
# Changed: the seed prints raw id() numbers, which differ on every run; this
# version prints id() comparisons instead.
def some_func():
    something_to_return = 10
    print(f"id(something_to_return) == id(10): {id(something_to_return) == id(10)}")
    return something_to_return


x = some_func()
print(f"id(x) == id(10): {id(x) == id(10)}")


def func():
    x = 10
    return x


external_x = func()


def func2(inp):
    print(f"id(inp) == id(external_x): {id(inp) == id(external_x)}")
    return inp


external_inp = func2(external_x)
print(f"id(external_inp) == id(external_x): {id(external_inp) == id(external_x)}")
assert external_x is external_inp, "The item is not the same. This assertion should not have been raised"
print("external_x is external_inp")
