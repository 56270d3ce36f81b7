# reversed() uses __reversed__, or __len__ with __getitem__.
class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 2


class Backwards:
    def __reversed__(self):
        return iter(["c", "b", "a"])


print(list(reversed(Seq(4))), list(Seq(3)))
print(list(reversed(Backwards())))
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
