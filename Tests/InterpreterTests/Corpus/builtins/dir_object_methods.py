# dir() lists what object gives every class (__eq__, __lt__, __reduce__,
# __sizeof__, __format__, __subclasshook__, __dir__, ...), and each of those
# names answers getattr as CPython's does.
class Plain:
    pass

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return abs(self.x) + abs(self.y)

class Slotted:
    __slots__ = ('a', 'b')

print(dir(Plain()))
print(dir(Point(1, 2)))
print(dir(Point) == dir(Point(1, 2)))
print([n for n in dir(Point(1, 2)) if n not in dir(Point)])
print(dir(Slotted()))
print(dir(object))
print(list(object.__dict__))

p = Point(3, 4)
print(p.__lt__(p), p.__ge__(1), p.__eq__(p), p.__ne__(p), p.__ne__(1))
print(p.__format__(''), format(p, '') == str(p))
try:
    format(p, '>10')
except TypeError as e:
    print('TypeError:', e)
print(p.__sizeof__(), object().__sizeof__(), (5).__sizeof__(), [].__sizeof__(), ''.__sizeof__())
print(p.__getstate__(), Plain().__getstate__())
print(p.__reduce_ex__(2)[1:], Plain().__reduce_ex__(2)[1:])
print(Plain().__reduce__()[1:])
s = Slotted()
s.a = 1
print(s.__getstate__(), s.__reduce_ex__(4)[1:])
print(Point.__subclasshook__(int), object.__subclasshook__(Point))
print(sorted(p.__dir__()) == dir(p), type(p.__dir__()).__name__)
print(p.__class__, Point.__class__, type(object.__dict__['__class__']).__name__)

class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))

class Meta(type):
    def __dir__(cls):
        return ['only_this']
class WithMeta(metaclass=Meta):
    pass
print(dir(WithMeta), 'only_this' in dir(WithMeta()))

import copy
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.x, r.y, q is p)
import copyreg
print(p.__reduce_ex__(2)[0] is copyreg.__newobj__, Plain().__reduce__()[0] is copyreg._reconstructor)
