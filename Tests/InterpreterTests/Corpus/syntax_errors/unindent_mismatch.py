# A dedent to a column that matches no outer block.
print("never printed")


def f():
        x = 1
    return x
