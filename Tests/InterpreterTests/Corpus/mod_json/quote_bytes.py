# json.dumps of strings with every escape, control characters, DEL,
# non-ASCII and astral characters, with and without ensure_ascii; and
# loads of escaped text back.
import json
samples = ['plain', '', 'quote " backslash \\ slash /', 'nl\ncr\rtab\tbs\bff\f',
           ''.join(chr(i) for i in range(32)), 'del\x7f', 'héllo', '✓ 𝄞', 'mix\x01é\x7f"']
for s in samples:
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    print(a, b, json.loads(a) == s, json.loads(b) == s)
print(json.dumps({"k\n": ["v\t", {"é": "\x00"}]}, sort_keys=True, indent=1))
print(json.loads('"\\u00e9\\ud834\\udd1e\\n\\"x\\""'))
