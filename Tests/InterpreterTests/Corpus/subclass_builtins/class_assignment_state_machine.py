# The state-machine lesson: an object changes behaviour by changing its
# class (obj.__class__ = Other), and CPython's TypeErrors when the two
# classes do not lay out their instances alike.
class Idle:
    def step(self):
        print("idle -> running")
        self.__class__ = Running


class Running:
    def step(self):
        print("running -> idle")
        self.__class__ = Idle


m = Idle()
m.n = 1
for _ in range(3):
    m.step()
print(type(m).__name__, isinstance(m, Idle), m.n)


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("b",)


s = S1()
s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)


class Stack(list):
    pass


class Queue(list):
    pass


q = Stack([1, 2])
q.__class__ = Queue
print(type(q).__name__, q)


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("x")
e.__class__ = E2
print(repr(e))


class NoDict:
    __slots__ = ()


attempts = [(s, S3), (q, list), (q, Idle), (m, int), (m, 3), (m, NoDict), (e, Idle), (1, bool), ([], Stack)]
for obj, new in attempts:
    try:
        obj.__class__ = new
    except TypeError as err:
        print("TypeError:", err)
try:
    del m.__class__
except TypeError as err:
    print("TypeError:", err)


class Meta(type):
    pass


class Dynamic:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)


d = Dynamic()
d.__class__ = type("Other", (Dynamic,), {})
print(type(d).__name__)
