# Stores at one site: __slots__ classes, a __setattr__ added later, a
# property setter, attributes stored in different orders, deletion.


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def bump(o):
    o.a = o.a + 1
    return o.a


s = Slotted(1, 2)
print(bump(s), bump(s))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.a
try:
    bump(s)
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


def store(o, v):
    o.value = v
    return o.value


p, q = Plain(), Plain()
q.other = 1
print(store(p, 1), store(q, 2), store(p, 3))


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Plain.__setattr__ = logging_setattr
print(store(p, 4))
del Plain.__setattr__
print(store(p, 5))


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("below absolute zero")
        self._c = v


t = Temperature()
for v in (10, 20, -300):
    try:
        t.celsius = v
        print(t.celsius)
    except ValueError as e:
        print("ValueError:", e)


class Init:
    def __init__(self, x):
        self.x = x
        return None


class BadInit:
    def __init__(self):
        return 42


print(Init(5).x)
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Init()
except TypeError as e:
    print("TypeError:", e)
Init.__init__ = lambda self, x, y=0: setattr(self, "x", x + y)
print(Init(1, 2).x)
