# Default expressions are evaluated once, when def runs.
calls = 0


def stamp():
    global calls
    calls += 1
    return calls


def f(x=stamp()):
    return x


print(f(), f(), calls)
