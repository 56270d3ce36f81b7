# Strings are immutable sequences of characters.
s = "cell"
print(s[0], s[-1], len(s))
for ch in s:
    print(ch, ord(ch))
try:
    s[0] = "b"
except TypeError as exc:
    print(exc)
print(list(s), sorted(s), s * 2)
