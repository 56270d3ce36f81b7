# Memoisation: lru_cache remembers results, so fib(n) is computed once per n.
from functools import lru_cache

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30))
print("function bodies run:", calls)
print(fib.cache_info())
print(fib(30), fib.cache_info().hits)
info = fib.cache_info()
print(info.misses, info.currsize, info.maxsize)
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())
