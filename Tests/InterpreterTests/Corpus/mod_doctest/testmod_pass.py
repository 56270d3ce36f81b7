def square(n):
    """Return n squared.

    >>> square(3)
    9
    >>> square(-4)
    16
    >>> [square(i) for i in range(5)]
    [0, 1, 4, 9, 16]
    """
    return n * n

def greet(name):
    """
    >>> greet("Ada")
    Hello, Ada!
    >>> greet("")
    Hello, !
    """
    print("Hello, " + name + "!")

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
