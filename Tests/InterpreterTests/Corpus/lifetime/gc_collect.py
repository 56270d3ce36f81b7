# gc.collect() runs pending finalization; objects without cycles are
# freed as soon as their last reference goes.
import gc


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("finalized", self.tag)


t = Tracked("plain")
t = None
print("collect returns an int:", isinstance(gc.collect(), int))
print(gc.isenabled())
