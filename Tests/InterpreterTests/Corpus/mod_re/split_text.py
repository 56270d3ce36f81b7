# re.split with character classes, captured separators and maxsplit.
import re

print(re.split(r"[,;]\s*", "red, green;blue,  yellow"))
print(re.split(r"(,|;)", "a,b;c"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"(?:x)|(y)", "1x2y3"))
print(re.split(r"\b", "hi there"))
print(re.split("-", "no separators"))
