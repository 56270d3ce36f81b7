# Without __iadd__, x += y rebinds x to the result of __add__.
class Tally:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Tally(self.n + other)


class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self


t = Tally(1)
before = t
t += 5
print(t.n, t is before, before.n)
b = Bag()
alias = b
b += "x"
b += "y"
print(b.items, b is alias)
nums = [1]
same = nums
nums += [2]
nums = nums + [3]
print(nums, same)
