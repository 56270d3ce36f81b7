# Anchors and word boundaries.
import re

s = "cat concat cats\nbobcat"
print(re.findall(r"\bcat\b", s))
print(re.findall(r"\Bcat", s))
print(re.findall(r"cat\B", s))
print(re.search(r"^bob", s), re.search(r"^bob", s, re.M))
print(re.search(r"s$", s), re.search(r"cats$", s, re.M))
print(re.search(r"\Acat", s), re.search(r"bobcat\Z", s))
print(re.match(r"end$", "end\n"), re.match(r"end\Z", "end\n"))
print(re.sub(r"^", "> ", "a\nb\nc", flags=re.M))
