# Nested and multiple context managers exit in reverse order.
class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)


with Named("outer") as a:
    with Named("inner") as b:
        print("body", a, b)
with Named("x") as x, Named("y") as y:
    print("body", x, y)
