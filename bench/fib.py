# Recursive Fibonacci: function calls, argument passing, returns.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def never_called():
    return "unreachable"


N = 35  # bench: scale quick=18
print(f"fib({N}) = {fib(N)}")
# bench: never-hit breakpoint at line 11
