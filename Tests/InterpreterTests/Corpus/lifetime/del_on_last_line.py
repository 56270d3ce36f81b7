# An object dropped by the last statement of a function is finalized before
# the function returns (its __del__ runs inside the call, not after it).
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def use(n):
    r = Resource(f"r{n}")
    print("using", r.name)
    r = None

def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen closed", n)

def take_one(n):
    g = gen(n)
    print("first", next(g))
    del g

def loop_and_leave(n):
    for x in gen(n):
        return x

use(1)
use(2)
take_one(3)
print(loop_and_leave(2))
print("end")
