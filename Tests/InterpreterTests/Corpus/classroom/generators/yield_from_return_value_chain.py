# yield from passes values through and hands back the sub-generator's return value.
def count_up(n):
    for i in range(n):
        yield i
    return f"counted {n}"


def both():
    a = yield from count_up(2)
    b = yield from count_up(3)
    return a + ", " + b


def driver():
    result = yield from both()
    print("both returned:", result)


print(list(driver()))
