# A function's __code__, __defaults__, __kwdefaults__ assigned and deleted, and
# what del does to the getset attributes of classes and functions.
def f(): return 1
def g(x): return x
f.__code__ = g.__code__
print(f(3))
try:
    f.__code__ = 5
except TypeError as e: print(e)
def f(*, a=1): return a
f.__kwdefaults__ = {'a': 5}
print(f())
try:
    f.__kwdefaults__ = 3
except TypeError as e: print(e)
f.__kwdefaults__ = None
try: f()
except TypeError as e: print(e)
def f(a=1): return a
f.__defaults__ = (7,)
print(f())
try: f.__defaults__ = 3
except TypeError as e: print(e)
class C:
    "doc"
for n in ['__name__', '__qualname__', '__bases__', '__module__', '__doc__', '__mro__', '__dict__', '__annotations__', '__type_params__']:
    try:
        delattr(C, n)
        print(n, 'deleted')
    except Exception as e:
        print(n, type(e).__name__, e)
def f(): pass
for n in ['__name__', '__qualname__', '__code__', '__defaults__', '__kwdefaults__', '__doc__', '__dict__', '__module__', '__annotations__', '__globals__', '__closure__']:
    try:
        delattr(f, n)
        print(n, 'deleted', getattr(f, n, 'gone'))
    except Exception as e:
        print(n, type(e).__name__, e)
