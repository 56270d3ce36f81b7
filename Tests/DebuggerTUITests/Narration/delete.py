# commands: s*12
x = [1, 2]
y = x
del x
y.append(3)
print(y)
