# Generators have a repr with their qualified name (address normalised).
def numbers():
    yield 1


g = numbers()
print(g)
print(type(g).__name__, numbers.__name__)
print((x for x in []))
