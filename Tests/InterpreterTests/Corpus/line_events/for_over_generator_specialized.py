# CPython specializes a `for` over a generator after its first run
# (FOR_ITER_GEN) when the loop never jumps back: from then on the
# generator's return is a StopIteration exception event even for None.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

def empty():
    return
    yield

def total(n):
    s = 0
    for v in countdown(n):
        s += v
    return s

for k in range(3):
    print(total(k))
for attempt in range(3):
    for item in empty():
        print("never")
    print("attempt", attempt)
print(sum(x for x in countdown(3)))

def first_of(n):
    for v in countdown(n):
        return v
    return None

def probe(n):
    for v in empty():
        break
    return n

for n in [0, 0, 1, 0]:
    print(first_of(n), probe(n))
