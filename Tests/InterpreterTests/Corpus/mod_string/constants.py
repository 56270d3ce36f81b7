# The character-class constants of the string module
from string import ascii_lowercase, ascii_uppercase, digits, hexdigits, octdigits, punctuation, whitespace, ascii_letters, printable

print(ascii_lowercase)
print(ascii_uppercase)
print(digits, hexdigits, octdigits)
print(punctuation)
print(repr(whitespace))
print(len(ascii_letters), len(printable))
print(printable.startswith(digits + ascii_letters))
