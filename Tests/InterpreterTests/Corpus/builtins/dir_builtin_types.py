# dir() of built-in values and types: the names CPython 3.13 lists, the
# methods and the data descriptors (int.real, range.start, function.__code__).
def f():
    pass

def gen():
    yield 1

class E(Exception):
    pass

for value in [1, True, 2.5, 1j, 'a', b'a', (), [], {}, set(), frozenset(), range(2), slice(1),
              None, NotImplemented, Ellipsis, f, E(), StopIteration(1)]:
    print(type(value).__name__, dir(value))
for t in [int, float, str, list, dict, tuple, set, bool, BaseException, E]:
    print(t.__name__, len(dir(t)), dir(t) == dir(t()))

print((7).__divmod__(2), (7).__rdivmod__(2), (7.5).__divmod__(2), (2.5).__round__(), (2.567).__round__(2))
print((3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__(), (5).__floor__(), (5).__getnewargs__())
print(float.__getformat__('double'), hasattr(1.5, '__and__'), hasattr(1, '__and__'))
print(True.__and__(False), True.__or__(1), True.__xor__(True), True.__rand__(True))
print('ab'.__getnewargs__(), (1, 2).__getnewargs__(), b'x'.__getnewargs__())
print(b'ab'.__add__(b'c'), b'ab'.__mul__(2), b'%d'.__mod__(5), b'ab'.__rmul__(2))
print({1, 2}.__and__({2}), {1}.__or__({3}), frozenset({1, 2}).__sub__({1}), {1}.__xor__([1]))
print({'a': 1}.__ror__({'b': 2}), list.__class_getitem__(int), dict[str, int])
print(range(0).__bool__(), None.__bool__(), type(None).__bool__(None))
print(f.__builtins__ is __builtins__.__dict__, f.__type_params__)
print(staticmethod(f).__name__, classmethod(f).__wrapped__ is f, property(f).__isabstractmethod__)
class B:
    def m(self):
        return super()
sup = B().m()
print(sup.__thisclass__, sup.__self_class__, type(sup.__self__).__name__)
