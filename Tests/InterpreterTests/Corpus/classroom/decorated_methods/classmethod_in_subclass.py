# A classmethod receives the class it was called on, even via a subclass.
class Shape:
    count = 0

    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls(*args)

    @staticmethod
    def kind():
        return "shape"

    def __repr__(self):
        return f"{type(self).__name__}()"


class Circle(Shape):
    pass


print(Shape.create(), Circle.create(), Circle().create())
print(Shape.count, Circle.count)
print(Shape.kind(), Circle().kind(), Shape.create.__self__, Shape.kind)
