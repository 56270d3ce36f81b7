def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> divide("a", 2)
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for /: 'str' and 'int'
    >>> int("seven")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: some other text
    """
    return a / b

def lookup(d, key):
    """
    >>> lookup({"a": 1}, "b")
    Traceback (most recent call last):
    KeyError: 'b'
    """
    return d[key]

import doctest
print(doctest.testmod())
