# obj.method is a bound method that remembers its instance.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


c = Counter()
f = c.inc
f()
f()
print(c.n, f.__self__ is c, f.__name__)
print(Counter.inc(c))
print(type(f).__name__, type(Counter.inc).__name__)
print(f)
