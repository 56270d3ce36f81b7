# Without nonlocal, a closure can still mutate a captured list.
def make_counter():
    count = [0]

    def tick():
        count[0] += 1
        return count[0]
    return tick


c = make_counter()
c()
c()
print(c())
print(c.__closure__[0].cell_contents)
print(c.__code__.co_freevars)
