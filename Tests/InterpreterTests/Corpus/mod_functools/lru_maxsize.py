# A small cache forgets the least recently used result first.
import functools


@functools.lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    print(x, "->", square(x))

print(square.cache_info())
print(square.cache_parameters())


@functools.lru_cache
def double(x):
    return 2 * x


print(double(4), double(4), double.cache_info())
print(double.__wrapped__(5), double.__name__)
