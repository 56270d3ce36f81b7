# Class statements with bases, keywords and decorators over lines, a
# docstring, class attributes over lines and the statement after the body.
def register(cls):
    cls.registered = True
    return cls


class Base:
    def __init_subclass__(cls, **kwargs):
        cls.options = sorted(kwargs)


@register
class Shape(
        Base,
        sides=4,
        colour=(
            "red")):
    """A shape
    with sides."""
    corners = [
        (0, 0),
        (1, 1),
    ]

    def area(self,
             scale=1):
        return (len(self.corners)
                * scale)


print(Shape.options, Shape.registered)
print(Shape().area(
    scale=2))
