# Subclassing a collections.abc ABC gives mixin methods for free.
from collections.abc import Sequence, MutableMapping


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i


c = Countdown(4)
print(list(c), 2 in c, c.index(3), c.count(1), list(reversed(c)))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


s = Store()
s.update(a=1, b=2)
print(s.get("a"), s.pop("b"), dict(s.items()), "a" in s)
Countdown()
