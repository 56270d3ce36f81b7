# What is still alive at exit is finalized then.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("bye", self.tag)


first = Noisy(1)
second = Noisy(2)
_private = Noisy(0)
print("program ends")
