# A generator can only be iterated once.
g = (c.upper() for c in "abc")
print(list(g))
print(list(g))
print("a" in (c for c in "abc"))
