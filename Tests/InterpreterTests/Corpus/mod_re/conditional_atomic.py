# Conditional groups, atomic groups and possessive quantifiers.
import re

angle = re.compile(r"(<)?\w+(?(1)>)")
for s in ["<tag>", "tag", "<tag", "tag>"]:
    print(s, bool(angle.fullmatch(s)))

print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"a++b", "aab"), re.match(r"a*+a", "aaa"))
print(re.findall(r"\d++(?!\.)", "12 3.5 77"))
