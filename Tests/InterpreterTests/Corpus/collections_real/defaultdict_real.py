# defaultdict is a dict subclass; __missing__ calls the factory.
import json
from collections import defaultdict

d = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    d[word[0]].append(word)
print(d)
print(isinstance(d, dict), type(d).__mro__)
print(dict(d), json.dumps(d))
print(d.get('z'), 'z' in d)
print(d['z'], 'z' in d)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
n = defaultdict(None, {'a': 1})
print(n)
try:
    n['b']
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), len(nested))
c = counts.copy()
print(type(c).__name__, c == counts, c.default_factory is int)
print(defaultdict(list, a=[1]) | {'b': [2]})
print({'q': 0} | defaultdict(str, a='x'))
print(defaultdict(set).__missing__('k'))
