# corpus: no-trace (60 random documents: the trace would be megabytes of locals)
# json.dumps with each option set, then loads back: random documents from a seeded
# generator (the same Mersenne Twister stream as CPython's).
import json, random, sys
import os; random.seed(3)
CH = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '€', '\U0001F600', '/', '\b', '\f', '\r']
def rs():
    return ''.join(random.choice(CH) for _ in range(random.randint(0, 6)))
def rv(d=0):
    k = random.randint(0, 9 if d < 3 else 5)
    if k == 0: return None
    if k == 1: return random.choice([True, False])
    if k == 2: return random.randint(-10**20, 10**20)
    if k == 3: return random.choice([0.1, -2.5e-300, 1e300, 3.0, float('inf'), -0.0, 1/3])
    if k in (4, 5): return rs()
    if k == 6: return [rv(d + 1) for _ in range(random.randint(0, 4))]
    if k == 7: return tuple(rv(d + 1) for _ in range(random.randint(0, 3)))
    return {random.choice([rs(), rs(), 1, 2.5, True, None]): rv(d + 1) for _ in range(random.randint(0, 4))}
for i in range(60):
    v = rv()
    opts = random.choice([{}, {'sort_keys': True}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'indent': '\t', 'sort_keys': True}])
    try:
        s = json.dumps(v, **opts)
        print(i, s)
        back = json.loads(s)
        print(' ', repr(back))
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
bad = ['"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"a\x01b"', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', 'nul', '"\\ud83d\\ude00"', '  ', '', '{"a":1} x', '"\\', '["\\u00e9\\n", "x\\/y"]', '[1e5, -0, 0.5E-3, 12]', '{"a": NaN, "b": -Infinity}']
for b in bad:
    try:
        print(repr(json.loads(b)))
    except ValueError as e:
        print(type(e).__name__, e)
print(json.loads('"a\x01b"', strict=False))
print(json.dumps({'k': [1, {'z': 'é'}]}, indent=3, ensure_ascii=False))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(E().encode({'s': {3, 1, 2}}), json.dumps({'s': {1}}, cls=E))
try:
    json.dumps({'x': object()})
except TypeError as e: print(e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
