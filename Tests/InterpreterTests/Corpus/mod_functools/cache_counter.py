# @cache is an unbounded lru_cache: handy for recursive counting problems.
from functools import cache


@cache
def paths(rows, cols):
    """Ways through a grid moving only right or down."""
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(3, 3), paths(10, 10))
print(paths.cache_info())
print(paths.__doc__)


@cache
def climb(steps):
    if steps <= 1:
        return 1
    return climb(steps - 1) + climb(steps - 2)


print([climb(n) for n in range(10)])
print(climb.cache_info().currsize)
