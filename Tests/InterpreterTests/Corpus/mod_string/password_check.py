# Checking a password against character classes
from string import ascii_lowercase, ascii_uppercase, digits, punctuation


def strength(pw):
    checks = [
        any(c in ascii_lowercase for c in pw),
        any(c in ascii_uppercase for c in pw),
        any(c in digits for c in pw),
        any(c in punctuation for c in pw),
        len(pw) >= 8,
    ]
    return sum(checks)


for pw in ["abc", "Abcdefgh", "Abcdefg1", "Abc!efg1"]:
    print(pw, strength(pw))
