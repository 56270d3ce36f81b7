def add(a, b):
    """
    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    """
    return a + b

class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.inc()
    1
    >>> c.inc()
    2
    """
    def __init__(self):
        self.n = 0

    def inc(self):
        """
        >>> Counter().inc()
        1
        """
        self.n += 1
        return self.n

def no_tests():
    return None

if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
