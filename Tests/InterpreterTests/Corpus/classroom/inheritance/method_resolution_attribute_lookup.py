# Attribute lookup: instance dict, then the class, then its bases in MRO order.
class A:
    x = "A.x"
    y = "A.y"


class B(A):
    x = "B.x"


class C(B):
    pass


c = C()
print(c.x, c.y)
c.y = "instance y"
print(c.y, C.y)
B.y = "B.y"
del c.y
print(c.y)
print([k.__name__ for k in C.__mro__ if "x" in vars(k)])
