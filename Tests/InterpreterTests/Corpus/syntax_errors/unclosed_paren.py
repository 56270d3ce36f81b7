# An opening parenthesis never closed.
a = 1
b = 2
total = (a + b
print(total)
