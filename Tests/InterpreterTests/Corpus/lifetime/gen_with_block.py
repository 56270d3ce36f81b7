# A generator suspended inside a with block: dropping it runs __exit__.
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


def reader(name):
    with Managed(name):
        yield 1
        yield 2


r = reader("file")
print(next(r))
r = None
print("dropped")


def consume():
    for v in reader("inner"):
        return v


print("consume ->", consume())
