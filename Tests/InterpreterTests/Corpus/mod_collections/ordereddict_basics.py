# collections.OrderedDict: reordering keys and order-sensitive equality
import collections

od = collections.OrderedDict(b=2, a=1)
od["c"] = 3
print(od)
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
x = collections.OrderedDict([("k", 1), ("j", 2)])
y = collections.OrderedDict([("j", 2), ("k", 1)])
print(x == y, dict(x) == dict(y), x == {"j": 2, "k": 1})
print(collections.OrderedDict())
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
