# A statement that does not parse: nothing runs, not even the first print.
print("never printed")
y = 0
x = = 1
print(x, y)
