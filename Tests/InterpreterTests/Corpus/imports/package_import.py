# A package: __init__.py runs first, submodules load on demand.
import shapes
from shapes import Circle, Square
import shapes.circle
s = Square(4)
print(s.area(), s.inscribed(), Circle(1).area())
print(shapes.circle.Circle is Circle)
from shapes import *
print(Circle.__module__, Square.__module__, shapes.__name__)
