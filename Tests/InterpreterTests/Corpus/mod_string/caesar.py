# A Caesar cipher with str.maketrans and the alphabet constants
from string import ascii_lowercase as lower, ascii_uppercase as upper


def caesar(text, shift):
    k = shift % 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz", 2))
