# An exception in the with block is thrown into the generator at its yield.
from contextlib import contextmanager


@contextmanager
def handled(kind):
    try:
        yield
    except kind as e:
        print("handled:", type(e).__name__, e)


with handled(KeyError):
    {}["missing"]
print("after KeyError (suppressed)")

try:
    with handled(KeyError):
        [][3]
except IndexError as e:
    print("propagated:", e)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("bad input") from None


try:
    with translate():
        print(10 / 0)
except ValueError as e:
    print("translated:", e, e.__cause__, e.__suppress_context__)


@contextmanager
def cleanup_then_reraise():
    try:
        yield
    except Exception:
        print("cleaning up")
        raise


try:
    with cleanup_then_reraise():
        int("x")
except ValueError as e:
    print("re-raised:", e)
