# An indented line where no block starts.
print("never printed")
x = 1
    y = 2
print(x)
