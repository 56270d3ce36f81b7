# corpus: module
count = 0
def increment():
    global count
    count += 1
    return count
def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
