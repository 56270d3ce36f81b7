# complex() from numbers, strings and objects with __complex__/__float__/__index__.
print(complex(), complex(1), complex(2.5), complex(True), complex(3, 4), complex(1.5, -2))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 3j))
print(complex(real=1, imag=2), complex(imag=5), complex(real=7))
for s in ["1+2j", " (3-4j) ", "j", "-J", "+j", "1e3", "2.5j", "-1.5e-3+7J", "inf", "-infj",
          "nan+nanj", "1_000+2_0j", "(1)", "  5  ", "1+j", "1-j", "\t2j\n", "Infinity-1j"]:
    print(repr(s), complex(s))
for s in ["", "1+", "1 + 2j", "j1", "((1+2j))", "1+2", "1+2jj", "1__0", "_1", "(1+2j", "1e", "2+3i", "1+-2j"]:
    try:
        complex(s)
    except ValueError as err:
        print(repr(s), "ValueError:", err)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __complex__(self):
        return complex(self.x, self.y)


class Half:
    def __float__(self):
        return 0.5


class Three:
    def __index__(self):
        return 3


print(complex(Point(1, 2)), complex(Half()), complex(Three()), complex(Half(), Three()))
for args in [("1", 2), ("1", None), (None,), ([],), (1, "2"), (1, None), ({},)]:
    try:
        complex(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    complex(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
try:
    complex(x=1)
except TypeError as err:
    print("TypeError:", err)


class Bad:
    def __complex__(self):
        return 5


try:
    complex(Bad())
except TypeError as err:
    print("TypeError:", err)
