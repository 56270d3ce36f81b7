# The first string in a function body is its docstring.
def documented():
    """Summary line.

    More details.
    """
    return 1


def not_doc():
    x = 1
    "this is not a docstring"
    return x


print(repr(documented.__doc__))
print(not_doc.__doc__)
