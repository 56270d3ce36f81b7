import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-10:]))
def caesar(text, k):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(string.capwords("  hello   wide  world "), string.capwords("a-b-c", "-"))
print("".join(c for c in "Hi! How are you?" if c not in string.punctuation))
