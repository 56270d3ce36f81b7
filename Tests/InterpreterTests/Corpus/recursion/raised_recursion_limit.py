# corpus: no-trace (a 2500-frame trace would be several megabytes)
# Raising the limit allows deeper recursion than the default 1000.
import sys

sys.setrecursionlimit(3000)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(2500))
