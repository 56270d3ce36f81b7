# OrderedDict is a dict subclass whose equality with another OrderedDict is order-sensitive.
from collections import OrderedDict

o = OrderedDict(a=1, b=2, c=3)
print(o, isinstance(o, dict), type(o).__mro__)
o.move_to_end('a')
print(o)
o.move_to_end('c', last=False)
print(o, list(o))
print(o.popitem(), o.popitem(last=False), o)
p = OrderedDict([('x', 1), ('y', 2)])
q = OrderedDict([('y', 2), ('x', 1)])
print(p == q, p != q, dict(p) == dict(q), p == {'y': 2, 'x': 1})
print(p.keys(), p.values(), p.items())
print(list(reversed(p)))
print(OrderedDict(), OrderedDict.fromkeys('ab', 0))
print(p | {'z': 3}, type(p | {'z': 3}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    p.move_to_end('nope')
except KeyError as e:
    print("KeyError", e)
c = p.copy()
c['w'] = 0
print(c, p)
print(dict(c), {**c})
