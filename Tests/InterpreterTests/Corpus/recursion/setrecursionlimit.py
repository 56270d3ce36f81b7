# corpus: no-trace (RecursionError stops CPython's own tracer)
# A lower recursion limit makes a moderate depth fail.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(sys.getrecursionlimit())
print(depth(500))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError:
    print("RecursionError at limit 100")
print(depth(50))
