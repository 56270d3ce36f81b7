# collections.defaultdict(int) as a counter and a nested collections.defaultdict
import collections

tally = collections.defaultdict(int)
for ch in "banana":
    tally[ch] += 1
print(tally)
print(dict(tally), tally.default_factory)

graph = collections.defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print(sorted(graph[3]))
plain = collections.defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
