# The Match object: groups, spans, pos/endpos, repr and truth value.
import re

m = re.search(r"(\w+) (\w+)?(!)?", "say hello world!")
print(m)
print(m.group(), m.group(1), m.group(1, 2), m[2])
print(m.groups(), m.groups("?"))
print(m.start(), m.end(), m.span(1), m.span(3))
print(m.pos, m.endpos, m.lastindex, m.re.pattern, m.string)
print(m.expand(r"\2 \1"))

p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.match("ab12", 2), p.search("12345", 0, 3))
if p.match("x1") is None:
    print("no match at position 0")
print(bool(p.match("9")))
