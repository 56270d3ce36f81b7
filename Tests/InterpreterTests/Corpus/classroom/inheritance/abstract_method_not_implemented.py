# A base method that raises NotImplementedError forces subclasses to override.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def report(self):
        return f"{type(self).__name__}: {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Blob(Shape):
    pass


print(Rect(2, 3).report())
print(Blob().report())
