# corpus: no-trace (RecursionError stops CPython's own tracer)
# Uncaught RecursionError ends the program.
def down(n):
    return down(n - 1) + 1


print("start")
down(10)
