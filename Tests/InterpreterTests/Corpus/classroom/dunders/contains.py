# __contains__ implements the in operator.
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


r = Range(10, 20)
print(15 in r, 20 in r, 5 not in r)
