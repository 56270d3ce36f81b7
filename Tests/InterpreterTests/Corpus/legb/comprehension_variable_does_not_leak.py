# A comprehension's loop variable does not leak; a for loop's does.
y = "outer y"
squares = [y * 2 for y in range(4)]
print(squares)
print(y)
for z in range(3):
    pass
print(z)
