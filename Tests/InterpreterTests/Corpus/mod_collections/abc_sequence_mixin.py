# Deriving from collections.abc.Sequence gives in, iter, reversed, index, count
import collections.abc


class Squares(collections.abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(6)
print(list(s), len(s))
print(16 in s, 17 in s, s.index(9), s.count(4))
print(list(reversed(s)))
print(isinstance(s, collections.abc.Sequence))


class Env(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


e = Env(home="/root", shell="sh")
print("home" in e, e.get("path", "-"), list(e.items()), e == {"shell": "sh", "home": "/root"})
