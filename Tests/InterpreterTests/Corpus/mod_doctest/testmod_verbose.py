"""Helpers for fractions of a pizza.

>>> slices(8, 3)
(2, 2)
"""

def slices(total, people):
    """
    >>> slices(10, 5)
    (2, 0)
    >>> result = slices(7, 2)
    >>> result[0]
    3
    """
    return total // people, total % people

def unused():
    pass

import doctest
doctest.testmod(verbose=True)
