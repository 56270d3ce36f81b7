# getdoc cleans up docstrings; cleandoc removes their indentation.
import inspect


class Shape:
    """A shape.

    Subclasses give the area.
    """

    def area(self):
        """Return the area."""
        return 0


class Square(Shape):
    def area(self):
        return 4


print(inspect.getdoc(Shape))
print(inspect.getdoc(Square.area))
print(inspect.getdoc(Square))
print(repr(inspect.cleandoc("""
    First line.
        indented more
    back
""")))
