# At module level, after x is assigned: CPython reports the assignment
# before the declaration first, not "not allowed at module level".
x = 1
nonlocal x
print(x)
