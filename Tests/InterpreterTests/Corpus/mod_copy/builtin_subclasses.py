# copy and deepcopy of namedtuples and of subclasses of immutable builtins:
# made again from their value (__getnewargs__), then given their attributes.
import copy
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, [2, 3])
deep = copy.deepcopy(p)
print(deep, deep == p, deep.y is p.y, copy.copy(p).y is p.y)


class Celsius(float):
    def describe(self):
        return f"{float(self)} C"


class Tags(tuple):
    pass


c = Celsius(21.5)
c.source = ["sensor"]
cc = copy.deepcopy(c)
print(cc.describe(), type(cc).__name__, cc.source, cc.source is c.source)
t = Tags(["a", ["b"]])
print(copy.deepcopy(t), type(copy.copy(t)).__name__, copy.deepcopy(t)[1] is t[1])
