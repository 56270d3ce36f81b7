import pprint

items = [1, 2]
items.append(items)
print(pprint.isrecursive(items), pprint.isreadable(items))
print(pprint.saferepr({"b": 2, "a": [1, 2]}))
print(pprint.isreadable({"a": [1, 2.5, None, True]}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

points = [Point(i, i * i) for i in range(8)]
pprint.pprint(points, width=40)
print(pprint.isreadable(points), pprint.isreadable(object()))
print(pprint.pformat({"pts": points[:3]}))
