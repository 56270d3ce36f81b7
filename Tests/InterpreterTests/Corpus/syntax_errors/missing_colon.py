# A def without its colon.
print("never printed")


def f()
    return 1
