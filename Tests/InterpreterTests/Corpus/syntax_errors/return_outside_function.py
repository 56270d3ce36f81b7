# return at module level.
def f():
    return 1


x = f()
return x
