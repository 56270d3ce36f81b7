# nonlocal is not allowed at module level: nothing runs.
nonlocal x
x = 1
print(x)
print("never printed")
