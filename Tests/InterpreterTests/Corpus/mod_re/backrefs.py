# Backreferences find repeated text.
import re

print(re.findall(r"\b(\w+) \1\b", "this is is a test test of the the code"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "so so so many many words"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\"").group())
print(re.fullmatch(r"(\w)(\w)?\2\1", "abba"), re.fullmatch(r"(\w)(\w)?\2\1", "abca"))
print(re.match(r"(?i)(ab)\1", "abAB"))
print(re.findall(r"(.)\1", "aabbcdde"))
