# property's accessors on a subclass: getter/setter/deleter make a new
# instance of the same subclass; fget/fset/fdel, __doc__, __name__ and the
# errors of a missing accessor are CPython's.
import abc


class prop(property):
    pass


class Temp:
    def __init__(self):
        self._c = 0

    @prop
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c


p = Temp.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.__doc__, p.__name__)
t = Temp()
t.celsius = 21
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))
print(p.__get__(None, Temp) is p)
try:
    p.__get__(None)
except TypeError as e:
    print("TypeError:", e)


class ReadOnly:
    x = prop(lambda self: 1)
    y = prop()


r = ReadOnly()
print(r.x)
for action in ("get y", "set x", "del x"):
    try:
        if action == "get y":
            r.y
        elif action == "set x":
            r.x = 2
        else:
            del r.x
    except AttributeError as e:
        print(action, "->", e)

q = prop(doc="given doc")
print(q.__doc__, q.fget)
print(type(q.getter(lambda s: 2)).__name__)


class Shape(abc.ABC):
    @prop
    @abc.abstractmethod
    def area(self):
        pass


print(Shape.__dict__["area"].__isabstractmethod__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Plain:
    z = property()


try:
    Plain().z
except AttributeError as e:
    print("AttributeError:", e)
print(Plain.__dict__["z"].__name__)
