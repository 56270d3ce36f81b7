# PEP 442: __del__ runs once. An object that its __del__ makes reachable
# again is not freed (collect counts nothing), and its __del__ does not run
# a second time when it finally goes.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name, "-> saved")
        saved.append(self)


gc.collect()
Phoenix("p")
print("collected", gc.collect())
print("saved:", [p.name for p in saved])
print("finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("collected after clear", gc.collect())
print("done")
