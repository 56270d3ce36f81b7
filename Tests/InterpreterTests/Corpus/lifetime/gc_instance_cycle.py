# Two instances pointing at each other: del leaves them alive (a cycle),
# gc.collect() runs both __del__ and counts them.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
print("collected", gc.collect())
print("again", gc.collect())
