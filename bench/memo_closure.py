# Memoised recursion through a closure over a dict: the cache lives in the
# enclosing function's cell, the recursive helper reads it through its closure.


def make_counter():
    cache = {}

    def ways(n, k):
        # Partitions of n into parts of at most k.
        key = (n, k)
        if key in cache:
            return cache[key]
        if n == 0:
            result = 1
        elif n < 0 or k == 0:
            result = 0
        else:
            result = ways(n - k, k) + ways(n, k - 1)
        cache[key] = result
        return result

    return ways, cache


def never_called():
    return "unreachable"


def run(n):
    total = 0
    size = 0
    for m in range(n, n + 3):
        ways, cache = make_counter()
        total += ways(m, m) % 1000000007
        size += len(cache)
    return total, size


N = 380  # bench: scale quick=40
print(run(N))
# bench: never-hit breakpoint at line 26
