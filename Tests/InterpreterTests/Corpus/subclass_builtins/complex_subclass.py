# Subclassing complex: constructors (with __new__ and __init__), overridden
# operators and repr seen by the built-ins, super() into complex, and the
# built-in types CPython refuses as bases.
class C(complex):
    pass
c = C(1, 2)
print(c, repr(c), type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, abs(C(3, 4)))
print(c == 1+2j, hash(c) == hash(1+2j), bool(C(0)), bool(C(0, 1)), -c, type(-c).__name__, c.conjugate())
class C2(complex):
    def __repr__(self): return "C2!"
    def __add__(self, o): return ("added", super().__add__(o))
    def __radd__(self, o): return "radded"
print(repr(C2(3)), C2(3) + 1, 1 + C2(3), str(C2(3)), f"{C2(1):.1f}")
class Polar(complex):
    def __new__(cls, r, theta=0):
        import cmath
        z = cmath.rect(r, theta)
        return super().__new__(cls, z.real, z.imag)
    def __init__(self, r, theta=0):
        self.r = r
p = Polar(2)
print(p, p.r, type(p).__name__, isinstance(p, complex), p * 2)
c.tag = 'x'
print(c.tag, vars(c), C('1+2j'), C(real=5))
print(c.__reduce_ex__(2)[1:3] if hasattr(c, '__reduce_ex__') else None)
print(complex.__add__(C(1), 2), C(1) ** 2, type(C(1) ** 2).__name__, pow(C(2), 2))
for base in (bool, range, type(None), type(lambda: 0), slice, type(len)):
    try:
        class X(base): pass
    except TypeError as e:
        print(e)
