# Nested quantifiers backtrack a lot, but the matcher still gives the right answer.
import re

evil = re.compile(r"(a+)+b")
for n in (5, 10, 14):
    print(n, evil.match("a" * n + "c"), evil.match("a" * n + "b").span())

long_text = "ab" * 5000 + "c"
m = re.match(r"(?:a|b)*c", long_text)
print(m.end(), re.search(r"(ab)*c", long_text).group(1))
print(len(re.findall(r".", "x" * 3000)))
