# Inside a function, the lambdas close over the function's loop variable.
def make_all():
    result = []
    for k in range(3):
        result.append(lambda: k)
    k = "changed after loop"
    return result


print([f() for f in make_all()])
