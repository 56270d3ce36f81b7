def factorial(n):
    """Return n!.

    >>> factorial(5)
    120
    >>> factorial(0)
    1
    >>> [factorial(i) for i in range(5)]
    [1, 1, 2, 6, 25]
    >>> factorial(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

if __name__ == "__main__":
    import doctest
    doctest.testmod()
