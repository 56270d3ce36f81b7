# json.dumps through the Swift encoder: int/float/str subclasses and enums, dict
# and list subclasses, every option, key rules, NaN, circular data, default hooks.
import json
from collections import OrderedDict, Counter, namedtuple
from enum import IntEnum, Enum
class Color(IntEnum):
    RED = 1
    BLUE = 2
class F(float): pass
class S(str): pass
class L(list): pass
class D(dict): pass
P = namedtuple('P', 'x y')
cases = [
    {Color.RED: Color.BLUE, 2.5: F(1.5), True: None, None: S("s"), 10**30: -10**30},
    OrderedDict([('b', 1), ('a', [P(1, 2)])]), Counter('abca'), L([1, (2, 3)]), D(z=1, a=L()),
    [float('nan'), float('inf'), -float('inf'), -0.0, 1e16, 1.5e-7, 123456789.0],
    {'nested': {'deeper': {'list': [[], {}, [{}], ""]}}},
]
for c in cases:
    for opts in ({}, {'sort_keys': True}, {'indent': 2, 'sort_keys': True}, {'separators': (';', '=')}, {'indent': 0}, {'indent': ''}):
        try:
            print(json.dumps(c, **opts))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
for bad, opts in [({(1, 2): 3}, {}), ({(1, 2): 3, 'a': 1}, {'skipkeys': True}), ({1: 1, 'a': 2}, {'sort_keys': True}),
                  ([float('nan')], {'allow_nan': False}), ({'x': {1, 2}}, {}), (b'x', {}), ({'e': Enum('E', 'A').A}, {}),
                  ({'k': 1j}, {'default': str}), ({'s': {3, 1}}, {'default': sorted}), ({'o': object()}, {'default': lambda o: {'seen': True}})]:
    try:
        print(json.dumps(bad, **opts))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []; a.append(a)
for check in (True, False):
    try:
        json.dumps(a, check_circular=check)
    except (ValueError, RecursionError) as e:
        print(type(e).__name__, str(e)[:60])
d = {}; d['self'] = d
try: json.dumps(d)
except ValueError as e: print(e)
class Loop:
    pass
lp = Loop()
try: json.dumps(lp, default=lambda o: [o])
except ValueError as e: print(e)
print(json.dumps("\u2028\x7f\U0001F600é", ensure_ascii=False), json.dumps("\u2028\x7f\U0001F600é"))
class E2(json.JSONEncoder):
    item_separator = ' | '
    def default(self, o): return repr(o)
print(E2().encode([1, {2}, {'a': 3}]), E2(indent=1).encode({'q': [1]}))
print(json.dumps([1, [2, [3]]], indent='--'))
