# __getattr__ after an AttributeError raised inside a property or
# __getattribute__, super() through a diamond, and super(type, obj) checks.
class G:
    def __getattr__(self, n): return f'ga:{n}'
class H(G):
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return super().__getattribute__(n)
h = H(); h.real = 1
print(h.real, h.boom, h.other, getattr(h, 'x', 'dflt'))
class P:
    @property
    def p(self): raise AttributeError('inside')
    def __getattr__(self, n): return 'fallback ' + n
print(P().p)
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
class C(A):
    def f(self): return 'C' + super().f()
class D(B, C):
    def f(self): return 'D' + super().f()
print(D().f(), [k.__name__ for k in D.__mro__])
print(super(B, D()).f(), super(D, D).f(D()))
try: super(int, D())
except TypeError as e: print(e)
class M:
    @classmethod
    def c(cls): return super().__repr__ is not None
    @staticmethod
    def s(): return 1
print(M.c(), M().s())
try: super(A, int)
except TypeError as e: print(e)
