def table(n):
    """Print a multiplication table.

    >>> table(3)
    1 2 3
    2 4 6
    3 6 9
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> table(2)
    1 2
    2 5
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> {"b": 1, "a": 2}
    {'a': 2, 'b': 1}
    """
    for i in range(1, n + 1):
        print(*[i * j for j in range(1, n + 1)])

if __name__ == "__main__":
    import doctest
    doctest.testmod()
