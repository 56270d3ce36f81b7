import inspect
def gen():
    x = 1
    yield x
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame)
