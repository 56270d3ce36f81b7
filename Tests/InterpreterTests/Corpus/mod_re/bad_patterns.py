# Invalid patterns raise re.error with a message and a position.
import re

patterns = ["(abc", "abc)", "*abc", "a**", "[a-", "[z-a]", r"\q"]
patterns += ["(?P<1x>a)", r"(a)\2", "(?<=a+)b", "a{3,1}", "(?z)"]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(f"{p!r:12} -> {e}  [pos={e.pos}]")

try:
    re.compile("line1\n(line2")
except re.error as e:
    print(e.msg, e.lineno, e.colno)
print(re.error is re.PatternError)
