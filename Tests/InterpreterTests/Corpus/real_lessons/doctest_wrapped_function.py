# Lesson style: memoised recursion whose docstring carries its examples;
# doctest.testmod() must find the examples of a decorated (wrapped) function.
import functools
from functools import lru_cache


@lru_cache
def stairs(n):
    """Ways to climb n stairs taking 1 or 2 steps.

    >>> stairs(4)
    5
    >>> [stairs(i) for i in range(6)]
    [1, 1, 2, 3, 5, 8]
    >>> stairs(10)
    89
    """
    if n < 2:
        return 1
    return stairs(n - 1) + stairs(n - 2)


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper


@logged
def double(x):
    """
    >>> double(21)
    calling double (21,)
    42
    """
    return 2 * x


if __name__ == "__main__":
    import doctest
    failed, attempted = doctest.testmod()
    print("attempted", attempted, "failed", failed)
