# A generator function returns a fresh generator each call; a generator runs once.
def letters(word):
    print("start", word)
    for ch in word:
        yield ch
    print("end", word)


g = letters("ab")
print("created")
print(list(g), list(g))
print(list(letters("xy")), list(letters("xy")))
print(iter(g) is g, type(g).__name__)
