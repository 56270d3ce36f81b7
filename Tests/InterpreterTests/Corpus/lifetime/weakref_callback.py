# A callback runs when the object dies; finalize runs a function then.
import weakref


class Item:
    pass


def gone(ref):
    print("callback: object gone, ref now", ref())


i = Item()
r = weakref.ref(i, gone)
print("before del")
del i
print("after del")

j = Item()
f = weakref.finalize(j, print, "finalize says goodbye")
print(f.alive)
j = None
print(f.alive)
