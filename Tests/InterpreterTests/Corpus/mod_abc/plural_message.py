# The error names every abstract method still missing.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass


class Circle(Shape):
    def area(self):
        return 3.14


for cls in (Shape, Circle):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), sorted(Circle.__abstractmethods__))
