# obj.__class__ = C2 for every pair of a set of classes: '+' allowed, 'd'
# lay-out differs, 'm' only for mutable types (CPython's compatible_for_assignment).
class A: pass
class B: pass
class A2(A): pass
class S: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class Sab: __slots__ = ('a', 'b')
class Sba: __slots__ = ('b', 'a')
class SD: __slots__ = ('a', '__dict__')
class SW: __slots__ = ('a', '__weakref__')
class E0: __slots__ = ()
class E1: __slots__ = ()
class SS(S): pass
class SS2(S2): pass
class SSe(S): __slots__ = ()
class L(list): pass
class L2(list): pass
class LS(list): __slots__ = ()
class D(dict): pass
class I(int): pass
class I2(int): pass
class T(tuple): pass
class Ex(Exception): pass
class Ex2(ValueError): pass
class Ex3(KeyError): pass
class OE(OSError): pass
class Str(str): pass
class F(float): pass
class F2(float): pass
class P(property): pass
class P2(property): pass
classes = [A, A2, S, S2, Sba, SD, E0, SS, SS2, SSe, L, LS, I, I2, Ex, Ex2, OE, P, P2]
def make(c):
    if issubclass(c, (int, float)): return c(1)
    if issubclass(c, str): return c("x")
    return c()
for c1 in classes:
    row = []
    for c2 in classes:
        o = make(c1)
        try:
            o.__class__ = c2
            row.append("+")
        except TypeError as e:
            row.append("d" if "differs" in str(e) else "m" if "mutable" in str(e) else "?")
    print(c1.__name__.ljust(4), "".join(row))



# Multiple inheritance, slot chains, exceptions, collections' classes.
class QA: pass
class QB: pass
class QS: __slots__ = ('a',)
class QM1(QA, QB): pass
class QM2(QB, QA): pass
class QMS(QA, QS): pass
class QMS2(QS, QA): pass
class QSE(QS): __slots__ = ()
class QSE2(QSE): pass
class QSW(QS): __slots__ = ('__weakref__',)
class QSD(QS): __slots__ = ('__dict__',)
class QSDW(QS): __slots__ = ('__dict__', '__weakref__')
class QX(Exception): pass
class QX2(Exception): __slots__ = ()
class QX3(Exception): pass
class QG(BaseExceptionGroup): pass
import collections
class QOD(collections.OrderedDict): pass
class QDD(collections.defaultdict): pass
class QDQ(collections.deque): pass
class QDQ2(collections.deque): pass
classes = [QA, QM1, QM2, QMS, QMS2, QSE2, QSW, QSDW, QX, QX2, QX3, QOD, QDQ, QDQ2]
print()
for c1 in classes:
    row = []
    for c2 in classes:
        o = c1()
        try:
            o.__class__ = c2
            row.append("+")
        except TypeError as e:
            row.append("d" if "differs" in str(e) else "m" if "mutable" in str(e) else "?")
    print(c1.__name__.ljust(4), "".join(row))
