# A name that exists at no level raises NameError.
def f():
    return undefined_name + 1


f()
