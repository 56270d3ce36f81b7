# Attribute reads at one site while the classes change under it: a method
# replaced, a class attribute added that an instance dict shadows, a base
# class gaining a method, a property added after instances exist.


class Base:
    def greet(self):
        return "base"


class Child(Base):
    def __init__(self, n):
        self.n = n


def read_all(objs):
    out = []
    for o in objs:
        out.append(o.greet())
        out.append(o.n)
    return out


items = [Child(1), Child(2)]
print(read_all(items))
Base.greet = lambda self: "patched base"
print(read_all(items))
Child.greet = lambda self: f"child {self.n}"
print(read_all(items))
items[0].greet = lambda: "instance attribute"
print(read_all(items))
del Child.greet
print(read_all(items))


class Point:
    def __init__(self, x):
        self.x = x


def get_x(p):
    return p.x


pts = [Point(i) for i in range(3)]
print([get_x(p) for p in pts])
Point.x = property(lambda self: "from the property")
print([get_x(p) for p in pts])
del Point.x
print([get_x(p) for p in pts])


class Counter:
    limit = 3

    def __init__(self):
        self.count = 0


def over(c):
    return c.count > c.limit


c = Counter()
print(over(c))
c.limit = -1
print(over(c))
Counter.limit = 100
print(over(Counter()), over(c))
del c.limit
print(over(c))
