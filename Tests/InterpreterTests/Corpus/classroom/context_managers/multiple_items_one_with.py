# with A() as a, B() as b: enters left to right, exits right to left.
class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


with Named("outer") as a, Named("inner") as b:
    print("body with", a, b)
try:
    with Named("first") as a, Named("second") as b:
        raise ValueError("oops")
except ValueError as e:
    print("handled", e)
