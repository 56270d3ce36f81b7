# A tiny test helper: run a function, capture what it prints, compare.
import io
import sys


def captured(func, *args):
    sys.stdout = io.StringIO()
    try:
        func(*args)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = sys.__stdout__


def greet(name):
    print("Hello,", name)


def countdown(n):
    while n:
        print(n, end=" ")
        n -= 1
    print("liftoff")


checks = [
    (greet, ("Ada",), "Hello, Ada\n"),
    (countdown, (3,), "3 2 1 liftoff\n"),
    (greet, ("Bob",), "Hello, Alice\n"),
]
for func, args, expected in checks:
    got = captured(func, *args)
    status = "PASS" if got == expected else "FAIL"
    print(status, func.__name__, args, repr(got))
