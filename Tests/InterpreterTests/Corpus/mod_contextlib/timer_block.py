# A timing context manager; a fake clock keeps the output deterministic.
from contextlib import contextmanager

ticks = iter(range(0, 1000, 7))


def clock():
    return next(ticks)


@contextmanager
def timer(label, results):
    start = clock()
    try:
        yield
    finally:
        elapsed = clock() - start
        results[label] = elapsed
        print(f"{label}: {elapsed} ticks")


results = {}
with timer("setup", results):
    data = [n * n for n in range(5)]
with timer("sum", results):
    total = sum(data)
try:
    with timer("broken", results):
        1 / 0
except ZeroDivisionError as e:
    print("error still raised:", e)
print(total, results)
