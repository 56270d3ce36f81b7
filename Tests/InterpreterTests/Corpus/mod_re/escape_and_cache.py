# re.escape builds patterns from literal text; compiled patterns are reused.
import re

needle = "price (USD): $5.00?"
print(re.escape(needle))
text = "the price (USD): $5.00? is fair"
print(re.search(re.escape(needle), text).span())
print(re.escape("a_b-c d"))

p1 = re.compile(r"\d+")
p2 = re.compile(r"\d+")
print(p1 == p2, p1.pattern, p1.flags, p1.groups)
print(re.compile(p1) is p1)
re.purge()
print(re.compile(r"(?i)a", re.M))
print(re.compile("x" * 3 + "(a)(?P<n>b)").groupindex)
