# A comprehension is its own scope; lambdas made in it capture its variable.
funcs = [lambda: n * 10 for n in range(3)]
print([f() for f in funcs])
print(funcs[0].__code__.co_freevars)


def scaled(factor):
    return [(lambda: k * factor)() for k in range(3)]


print(scaled(2))
