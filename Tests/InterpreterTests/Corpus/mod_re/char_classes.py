# Character classes: ranges, negation, shorthand classes and Unicode.
import re

s = "Room 101: café, naïve, Ω and _under_score! 3.14"
print(re.findall(r"[A-Z]\w*", s))
print(re.findall(r"\d+", s))
print(re.findall(r"[^\w\s]", s))
print(re.findall(r"\w+", "café naïve"), re.findall(r"\w+", "café naïve", re.ASCII))
print(re.findall(r"[aeiou]", "education"), re.findall(r"[^aeiou\W]+", "education"))
print(re.findall(r"[\d.]+", s), re.findall(r"[-+*/]", "1+2-3*4/5"))
print(re.findall(r"\s", "a b\tc\nd"), re.findall(r"[]x]", "a]x"))
print(re.findall("[α-ω]+", "alpha αβγ omega ωψ"))
