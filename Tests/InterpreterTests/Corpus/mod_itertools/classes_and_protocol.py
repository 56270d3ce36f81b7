# Every tool is a class of module itertools: its instances iterate natively, have
# CPython's reprs, and the classes can be subclassed and their methods called.
import itertools
from itertools import chain, count, cycle, groupby, islice, repeat, tee

names = [n for n in dir(itertools) if not n.startswith("__")]
print(names)
for n in names:
    obj = getattr(itertools, n)
    print(n, type(obj).__name__, getattr(obj, "__module__", None))
print(type(chain()), type(count()), chain.__mro__)
print(count(), count(5), count(2.5), count(1, 2), count(3, 1.0), count(True), count(2 ** 70))
print(repeat("x"), repeat("x", 2), repeat(None, -4), repeat(1, 3).__length_hint__())
c = count(10)
print(next(c), c.__next__(), c, iter(c) is c)
r = repeat("a", 2)
print(list(r), r)


class Numbered(chain):
    """A chain that numbers what it yields."""

    def __init__(self, *parts):
        self.n = 0

    def __next__(self):
        self.n += 1
        return (self.n, super().__next__())


class Stepper(count):
    pass


nc = Numbered("ab", "c")
print(type(nc).__mro__, list(nc), nc.n)
s = Stepper(3, 2)
print(s, next(s), s, isinstance(s, count))
print(Numbered.from_iterable(["xy", "z"]).__class__.__name__)
print(list(chain.from_iterable(["ab", [1, 2], range(2)])))

# A group is over once its groupby moves on.
g = groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [k for k, _ in g])

# tee: copies share one buffer; a _tee copies itself.
a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a), type(a).__name__)
c1, c2, c3 = tee(a, 3)
print(c1 is a, list(c2))
x, y = tee("hello")
z = x.__copy__()
print(next(x), list(z), list(y), list(x))
print(tee([1], 0), len(tee([1])))

# islice over a shared iterator consumes exactly what CPython consumes.
it = iter(range(20))
print(list(islice(it, 2, 8, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4)), next(it))
print(list(islice(cycle("ab"), 5)), list(islice(count(), 0)), list(islice("abc", None)))
