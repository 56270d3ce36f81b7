class Counter:
    """A simple counter.

    >>> c = Counter()
    >>> c.increment()
    1
    """

    def __init__(self):
        self.count = 0

    def increment(self):
        """
        >>> c = Counter()
        >>> c.increment()
        1
        >>> c.increment()
        2
        """
        self.count += 1
        return self.count

    @staticmethod
    def zero():
        """
        >>> Counter.zero()
        0
        """
        return 0

    @classmethod
    def named(cls):
        """
        >>> Counter.named()
        'Counter'
        """
        return cls.__name__

import doctest
doctest.testmod(verbose=True)
