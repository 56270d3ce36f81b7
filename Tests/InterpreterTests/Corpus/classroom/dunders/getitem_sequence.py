# __getitem__ and __len__ give indexing, slicing and iteration.
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index out of range")
        return i * i


sq = Squares(5)
print(sq[2], sq[-1], sq[1:4], list(sq), 9 in sq)
