# str.format fields: positions, names, attributes, indexes, and their errors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(3, 4)
data = {"name": "Ada", "langs": ["py", "c"]}
print("{0}-{1}-{0}".format("a", "b"))
print("{p.x},{p.y} {d[name]} {d[langs][1]}".format(p=p, d=data))
print("{} and {}".format(*"xy"), "{x}{y}".format(**{"x": 1, "y": 2}))
print("{{literal}} {0!r} {0!s}".format("q"))
for fmt, args in [("{2}", ("a", "b")), ("{missing}", ()), ("{0.z}", (p,)), ("{} {1}", (1, 2))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
