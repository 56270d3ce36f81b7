# staticmethod objects are callable (3.10+), classmethod objects are not;
# wrappers nest, and their reprs and calls stay bounded.
s = staticmethod(abs)
print(s(-3), callable(s), callable(classmethod(abs)))

class Tools:
    @staticmethod
    def double(x):
        return 2 * x
    table = {"d": double}          # the raw staticmethod, called in the class body
    print(table["d"](21))

print(Tools.table["d"](5), Tools.__dict__["double"](4))
try:
    classmethod(abs)(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(staticmethod(staticmethod(len)))[:40])

f = abs
for _ in range(100000):
    f = staticmethod(f)
try:
    f(-3)
except RecursionError as e:
    print("RecursionError:", e)
c = abs
for _ in range(100000):
    c = classmethod(c)
try:
    repr(c)
except RecursionError as e:
    print("RecursionError:", e)
