# The generator must yield exactly once.
from contextlib import contextmanager


@contextmanager
def never_yields():
    print("setting up")
    return
    yield


@contextmanager
def yields_twice():
    yield 1
    print("second yield")
    yield 2


for factory in (never_yields, yields_twice):
    try:
        with factory() as value:
            print("body", value)
    except RuntimeError as e:
        print(factory.__name__, "->", type(e).__name__, e)


@contextmanager
def swallow_everything():
    try:
        yield
    except Exception:
        pass


with swallow_everything():
    raise KeyError("gone")
print("the KeyError was swallowed")
