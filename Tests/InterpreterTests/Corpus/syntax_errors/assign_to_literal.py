# An assignment whose target is a literal.
x = 2
print("never printed", x)
1 = x
print("nor this")
