# When an object dies: its __del__ first, then the callbacks of its weak
# references, newest first (weakref.finalize is one of them).
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Node("a")
r1 = weakref.ref(a, lambda ref: print("callback r1, dead:", ref() is None))
fin = weakref.finalize(a, print, "finalize a")
r2 = weakref.ref(a, lambda ref: print("callback r2"))
plain = weakref.ref(a)
del a
print("after a", plain() is None, fin.alive)


def make():
    b = Node("b")
    keep = [weakref.ref(b, lambda ref, i=i: print("callback", i)) for i in range(3)]
    return keep


refs = make()
print("after b")
c = Node("c")
weakref.finalize(c, print, "first finalizer")
weakref.finalize(c, print, "second finalizer")
c = None
print("end")
