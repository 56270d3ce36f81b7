# Builtins are candidates too.
items = [3, 1, 2]
print(sorted(items))
pritn(items)
