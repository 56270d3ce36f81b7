# A @contextmanager object can also decorate functions: each call is wrapped.
from contextlib import contextmanager

depth = 0


@contextmanager
def traced(label):
    global depth
    print("  " * depth + "enter " + label)
    depth += 1
    try:
        yield
    finally:
        depth -= 1
        print("  " * depth + "exit " + label)


@traced("fib")
def work(n):
    print("  " * depth + f"working on {n}")
    return n + 1


print(work(1))
print(work(2))
print(work.__name__)
with traced("outer"):
    work(3)
