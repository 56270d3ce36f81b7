a, b = 1, 2
x = ["a",
     "b"]
y = ["a",
     "b",
     "c"]
z = (1,
     -2 * 3)
s = {a,
     b,
     3}
for i in [1,
          2]:
    pass
print(x, y, z, s)
