# gc.collect() counts every object of the dead structure: the instance, its
# list, the list and dict inside it and a tuple that points back.
import gc


class A:
    pass


gc.collect()
a = A()
a.items = [a, [1, 2], {"x": (a,)}]
del a
print("mixed", gc.collect())


class N:
    def __init__(self):
        self.me = self


def make_three():
    for i in range(3):
        N()


make_three()
print("three self-cycles", gc.collect())
x = A()
x.d = {}
x.d["x"] = x
del x
print("instance and dict", gc.collect())
print("nothing left", gc.collect())
