# With only __lt__, a > b is answered by b.__lt__(a); <= is not derived.
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n}.__lt__({other.n})")
        return self.n < other.n


v1, v2 = Version(1), Version(2)
print(v1 < v2)
print(v2 > v1)
print(max([v1, v2]).n, sorted([v2, v1])[0].n)
try:
    v1 <= v2
except TypeError as e:
    print("TypeError:", e)
