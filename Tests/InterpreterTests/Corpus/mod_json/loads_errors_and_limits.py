# json.loads error messages and positions, hooks, nesting limits: the Swift
# scanner (no hooks) and the Python one (hooks) must agree with CPython's.
import json
cases = ['-', '-x', '01', '1.', '1e', '1e+', '.5', ' [1 , 2 ] ', '{"a":[1,{"b":null}]}', '[', '{', '{"a"', '{"a":', '{"a":1', '[1', '[1,', '{,}', '[,]', '{"a":1,"a":2}', '"\\u00e9\\u20AC"', '123456789012345678901234567890', '-0.0', '1E400', '-1e-400', '[true,false,null]', 'tru', 'nulls', '[NaN, Infinity, -Infinity]', '"x" "y"', '{"k": "v" }  ', '\t\n 5 \r', '[1]]', '"\x1f"', '[1, 2, 3,]', '{"a": 1,}', '{1: 2}']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print(repr(c), type(e).__name__, e)
dec = json.JSONDecoder()
print(dec.raw_decode('  [1, 2] tail', 2))
try: dec.raw_decode('x', 0)
except ValueError as e: print(e)
print(json.loads(b'{"a": [1, 2.5]}'), json.loads('{"a": 1.25}', parse_float=str), json.loads('[1, {"z": 2}]', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('[NaN]', parse_constant=lambda c: c))
print(len(json.loads('[' * 500 + ']' * 500)))
print(json.loads('"' + 'ab' * 1000 + '"')[:6], json.loads('{"a\\nb": "\\t"}'))
for n in (9000, 12000):
    for o, c in (('[', ']'), ('{"a":', '}')):
        try:
            json.loads(o * n + '1' + c * n); print(n, 'ok')
        except RecursionError as e:
            print(n, 'RecursionError', e)
