# Counters as multisets: + - & | and comparisons
import collections

a = collections.Counter("aabbbc")
b = collections.Counter("abd")
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(-collections.Counter(x=-2, y=3))
print(collections.Counter("ab") <= collections.Counter("aabb"), collections.Counter("abc") < collections.Counter("ab"))
print(collections.Counter(a=1) == collections.Counter(a=1, b=0))
c = collections.Counter(x=5)
c -= collections.Counter(x=7)
print(c, collections.Counter())
