# Inside a method, a bare name that is an attribute of self gets a "self." hint.
class Counter:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return total


c = Counter()
print(c.add(1))
