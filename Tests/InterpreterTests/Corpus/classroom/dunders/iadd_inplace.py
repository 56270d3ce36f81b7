# __iadd__ mutates in place; without it, += rebinds to a new object.
class Tally:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


class Frozen:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Frozen(self.n + k)


t = Tally()
alias = t
t += 5
print(t.n, alias is t)
f = Frozen(1)
alias = f
f += 5
print(f.n, alias.n, alias is f)
