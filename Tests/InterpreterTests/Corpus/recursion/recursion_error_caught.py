# corpus: no-trace (RecursionError stops CPython's own tracer)
# Unbounded recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as exc:
    print("caught:", exc)
print("still running")
