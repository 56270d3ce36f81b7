# Assigning a class's __bases__, __name__ and __qualname__ (and a function's):
# CPython's checks, and the MROs below the class recomputed.
class A:
    def hi(self): return 'A'
class B:
    def hi(self): return 'B'
class C(A): pass
class D(C): pass
d = D()
print(d.hi(), D.__mro__)
C.__bases__ = (B,)
print(d.hi(), D.__mro__)
C.__bases__ = (A, B)
print(C.__mro__, D.__mro__)
for bad in [[A], (1,), (C,), (D,), (int,), (bool,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ('x',)
try:
    C.__bases__ = (S,)
except TypeError as e:
    print(e)
class X(A, B): pass
class Y(B, A): pass
class Z(X): pass
try:
    Z.__bases__ = (X, Y)
except TypeError as e:
    print(e)
print(Z.__mro__)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
class A: pass
A.__name__ = 'Z'
print(A)
try:
    A.__name__ = 3
except TypeError as e: print(e)
try:
    A.__name__ = 'a\x00b'
except ValueError as e: print(e)
class A: pass
try: A.__qualname__ = 3
except TypeError as e: print(e)
def f(): pass
try: f.__name__ = 3
except TypeError as e: print(e)
