import doctest

def numbers():
    """
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print(list(range(10)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4,
     5, 6, 7, 8, 9]
    >>> print("spam\\n\\neggs")
    spam
    <BLANKLINE>
    eggs
    >>> 1 < 2
    True
    >>> print("not checked")  # doctest: +SKIP
    anything
    """

def starred():
    """
    >>> "x" * 40
    'xxxxx...xxxxx'
    """

results = doctest.testmod(optionflags=doctest.ELLIPSIS)
print(results)
print(results.failed, results.attempted)
failed, attempted = results
print(failed == 0, attempted)
