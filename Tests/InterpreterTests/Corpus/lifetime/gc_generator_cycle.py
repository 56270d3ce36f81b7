# A generator suspended inside try/finally that is part of a cycle: the
# collector closes it (its finally runs). CPython counts nothing here: once
# closed, the generator's frame lets go and the rest dies by reference counting.
import gc


class Holder:
    def __del__(self):
        print("holder del")


def worker(holder):
    try:
        yield 1
        yield 2
    finally:
        print("finally in worker")


gc.collect()
h = Holder()
g = worker(h)
print(next(g))
h.gen = g
del h, g
print("collected", gc.collect())


def counter():
    n = 0
    while True:
        n += 1
        me = yield n


c = counter()
next(c)
c.send(c)
del c
print("self-referencing generator", gc.collect())
