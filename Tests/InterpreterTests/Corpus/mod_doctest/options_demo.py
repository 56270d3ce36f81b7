def numbers():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> 1/3  # doctest: +SKIP
    0.5
    >>> [1, 2, 3]
    [1,  2, 3]
    """

def strings():
    """
    >>> 'hello world'.split()
    ['hello', 'world']
    >>> "abc".upper()
    ABC
    """

import doctest
doctest.testmod(optionflags=doctest.ELLIPSIS)
print(doctest.testmod())
