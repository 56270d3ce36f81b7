# An inner function that calls itself reads its own name from the enclosing
# scope: it is a free variable, so the outer function has a cell for it.
def outer(n):
    def countdown(k):
        if k == 0:
            return ["liftoff"]
        return [k] + countdown(k - 1)
    return countdown(n), countdown


result, fn = outer(3)
print(result)
print(outer.__code__.co_cellvars)
print(fn.__code__.co_freevars)
print(fn.__closure__[0].cell_contents is fn)
