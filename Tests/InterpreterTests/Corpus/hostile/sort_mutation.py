# A sort whose key or comparison changes the list raises ValueError and
# leaves the list intact, as CPython's does.
class K:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst
    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v

L = []
L.extend(K(v, L) for v in [3, 1, 2])
try:
    L.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(len(L), sorted(k.v for k in L if isinstance(k, K)))

M = [3, 1, 2]
try:
    M.sort(key=lambda x: M.append(x) or x)
except ValueError as e:
    print(type(e).__name__, e)
print(M)

N = [5, 4, 3]
def key(x):
    N.clear()
    return x
N.sort(key=key)
print(N)
P = [2, 1]
def bad(x):
    P.append(9)
    raise KeyError(x)
try:
    P.sort(key=bad)
except KeyError as e:
    print("KeyError", e, P)
