# The same sequence from an iterator class and from a generator.
class Evens:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.n > self.limit:
            raise StopIteration
        self.n += 2
        return self.n - 2


def evens(limit):
    n = 0
    while n <= limit:
        yield n
        n += 2


print(list(Evens(8)), list(evens(8)))
