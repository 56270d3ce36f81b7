# One nonlocal statement can list several names.
def fib_gen():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step


step = fib_gen()
print([step() for _ in range(10)])
print(step.__code__.co_freevars)
