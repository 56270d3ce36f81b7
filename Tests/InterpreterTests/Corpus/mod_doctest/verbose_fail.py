def square(x):
    """
    >>> square(3)
    9
    >>> square(4)
    15
    >>> print(square(2)); print('x')
    4
    x
    """
    return x * x

if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=True)
