# __enter__ runs before the block, __exit__ after it.
class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False


with Tracker("t") as t:
    print("inside, name is", t.name)
print("after")
