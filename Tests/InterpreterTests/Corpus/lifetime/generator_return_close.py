# A generator referenced only by a function's local is closed when the
# function returns.
def lines():
    try:
        yield "first"
        yield "second"
    finally:
        print("lines closed")


def head():
    g = lines()
    return next(g)


value = head()
print("head ->", value)


def gen_and_count():
    count = 0
    for item in lines():
        count += 1
        if count == 1:
            break
    print("counted", count)


gen_and_count()
