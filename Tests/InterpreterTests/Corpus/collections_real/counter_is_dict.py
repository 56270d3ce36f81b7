# Counter is a real dict subclass: isinstance, MRO, dict(), {**c}, json, equality.
import json
from collections import Counter

c = Counter("abracadabra")
print(isinstance(c, dict), type(c).__mro__)
print(c)
print(dict(c), {**c})
print(c == {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}, {'a': 5} == Counter(a=5))
print(json.dumps(c, sort_keys=True))
print(c['z'], 'z' in c, len(c))
print(sorted(c.keys()), sum(c.values()), c.total())
c2 = c.copy()
print(type(c2).__name__, c2 == c, c2 is c)
print(Counter(), repr(Counter()))
print(c.get('a'), c.get('q', -1))
