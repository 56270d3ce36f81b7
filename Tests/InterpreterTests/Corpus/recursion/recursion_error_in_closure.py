# corpus: no-trace (RecursionError stops CPython's own tracer)
# A recursive closure without a base case; the error message is caught.
def make():
    def loop(n):
        return loop(n + 1)
    return loop


try:
    make()(0)
except RecursionError as exc:
    print(type(exc).__name__, str(exc).startswith("maximum recursion depth exceeded"))
