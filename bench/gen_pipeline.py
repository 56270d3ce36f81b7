# Generator pipelines: chained generator functions, yield from, generator
# expressions fed to sum/any/max, itertools helpers, enumerate and zip.

import itertools


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def windows(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def never_called():
    return "unreachable"


def run(n):
    total = 0
    for w in windows(evens(numbers(n)), 3):
        total += w[0] * 2 - w[2] + w[1]
    squares = sum(x * x for x in range(n) if x % 3)
    found = any(x > n for x in numbers(n // 2))
    nested = [[i, [i + 1, [i + 2]]] for i in range(n // 10)]
    flat = max(flatten(nested))
    pairs = sum(a * b for a, b in zip(numbers(n // 4), itertools.count(1)))
    chunks = sum(1 for _ in itertools.islice(enumerate(numbers(n)), 0, None, 7))
    return f"{total} {squares} {found} {flat} {pairs} {chunks}"


N = 1000000  # bench: scale quick=10000
print(f"gens={run(N)}")
# bench: never-hit breakpoint at line 38
