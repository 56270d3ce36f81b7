# Weak references to objects in a dead cycle: the callbacks run before the
# __del__ methods, and the references answer None afterwards.
import gc
import weakref


class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gone(ref):
    print("callback; ref is dead:", ref() is None)


gc.collect()
x = Part("x")
y = Part("y")
x.peer = y
y.peer = x
rx = weakref.ref(x, gone)
ry = weakref.ref(y)
del x, y
print("alive:", rx() is not None, ry() is not None)
print("collected", gc.collect())
print("alive:", rx() is not None, ry() is not None)
