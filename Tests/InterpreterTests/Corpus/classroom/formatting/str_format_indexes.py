# str.format with indexes, names, attributes and items.
class P:
    x = 3
    y = 4


print("{0} {1} {0}".format("a", "b"))
print("{name}-{0}".format("pos", name="kw"))
print("{0.x},{0.y}".format(P()))
print("{d[key]} {l[2]}".format(d={"key": "v"}, l=[0, 1, 2]))
print("{:>{width}}|".format("r", width=5))
