# A global statement at module level is allowed and does nothing.
global x
x = 5
print(x)
print("x" in globals())
