# finditer gives match objects with positions; empty matches follow CPython's rules.
import re

for m in re.finditer(r"o+", "foo boo ooo"):
    print(m.start(), m.end(), m.group())
print([m.span() for m in re.finditer(r"x*", "axxb")])
print(re.sub(r"x*", "-", "abxd"))
print(list(re.finditer(r"\d", "a1b2", 2)))
print([m.group() for m in re.compile(r"\w").finditer("ab", 0, 1)])
