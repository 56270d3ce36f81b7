# Edges of the descriptor subclasses: __set_name__ through super(), extra
# __init__ parameters, reprs, abstract methods, a classmethod over a property
# (bound to the class, named by the property's __name__).
import abc, functools
class named(property):
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        super().__set_name__(owner, name)
class A:
    x = named(lambda self: 1)
print(A.x.__name__, A().x)
class typed(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, kind=int):
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind
class B:
    @typed
    def v(self): return 2
    @v.setter
    def v(self, val): print("set", val)
print(B().v, type(B.__dict__['v']).__name__, B.__dict__['v'].kind)
B().v = 3
print(vars(B.__dict__['v']))
print(isinstance(B.v, property), issubclass(typed, property), typed.__mro__)
class C:
    @property
    def p(self): return 1
print(C.p.getter(None).fget is C.p.fget)
class sm(staticmethod):
    def __repr__(self): return "sm!"
print(repr(sm(len)), repr(staticmethod(len)), repr(classmethod(len)))
class D:
    @functools.cached_property
    def c(self):
        print("compute"); return 5
d = D(); print(d.c, d.c)
class E(abc.ABC):
    @property
    @abc.abstractmethod
    def q(self): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
print(sorted(E.__abstractmethods__))
class cp(classmethod):
    pass
class F:
    @cp
    @property
    def r(cls): return cls.__name__
try:
    print(F.r)
except Exception as e:
    print(type(e).__name__, e)
p = property(lambda s: 1)
print(p.__name__ if hasattr(p, '__name__') else 'noname')
try:
    property().__name__
except AttributeError as e:
    print(e)
print(staticmethod(len).__func__ is len, classmethod(len).__wrapped__ is len)
x = typed(lambda s: 5)
x.extra = 1
print(x.extra, x.__dict__)
print(dir(typed) == dir(property) + [] or sorted(set(dir(typed)) - set(dir(property))))
print(hasattr(C.p, "__qualname__"), hasattr(C.p, "__module__"))
