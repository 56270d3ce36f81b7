# What counts as "the same call" for lru_cache.
from functools import lru_cache


@lru_cache(maxsize=None)
def show(x, scale=1):
    print("  miss:", repr(x), scale)
    return x * scale


show(2)
show(2.0)
show(2, scale=1)
show(2, 1)
show(2)
print(show.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed_show(x):
    print("  miss:", repr(x))
    return x


typed_show(3)
typed_show(3.0)
typed_show(3)
print(typed_show.cache_info())

try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
