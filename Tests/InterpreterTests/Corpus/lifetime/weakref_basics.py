# A weak reference does not keep its object alive.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
del n
print(r())

try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)

cache = weakref.WeakValueDictionary()
x = Node("x")
y = Node("y")
cache["x"] = x
cache["y"] = y
print(len(cache), sorted(cache.keys()))
del x
print(len(cache), "x" in cache, cache.get("x"))
print(cache["y"].name)
