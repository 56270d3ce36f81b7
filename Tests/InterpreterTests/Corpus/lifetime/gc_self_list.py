# A list that contains itself, a dict that contains itself, and a set of an
# instance that holds the set: each a cycle of its own.
import gc
import weakref


class Box:
    pass


gc.collect()
l = [1, 2]
l.append(l)
print(l)
del l
print("list", gc.collect())
d = {"k": 1}
d["self"] = d
print(d)
del d
print("dict", gc.collect())
b = Box()
r = weakref.ref(b)
b.members = {b}
del b
print("alive before:", r() is not None)
print("set", gc.collect())
print("alive after:", r() is not None)
nested = [[], {}, ()]
nested[0].append(nested)
nested[1]["up"] = nested
del nested
print("nested", gc.collect())
