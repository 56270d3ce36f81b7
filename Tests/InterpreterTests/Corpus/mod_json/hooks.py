import json
from fractions import Fraction

text = '{"price": 1.10, "qty": 3, "meta": {"id": 7}}'
print(json.loads(text, parse_float=Fraction))
print(json.loads(text, parse_int=lambda s: int(s) * 100))

def as_point(d):
    if set(d) == {"x", "y"}:
        return (d["x"], d["y"])
    return d

print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', object_hook=as_point))
pairs = json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
print(pairs)
print(json.loads('{"a": 1, "a": 2}'))
