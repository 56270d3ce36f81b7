# register() makes a "virtual subclass" without inheritance.
from abc import ABC


class Drawable(ABC):
    pass


class Sprite:
    def draw(self):
        return "sprite"


Drawable.register(Sprite)
Drawable.register(str)
print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
print(isinstance("text", Drawable), isinstance(3, Drawable))
print(Drawable in Sprite.__mro__)


@Drawable.register
class Tile:
    pass


print(Tile.__name__, issubclass(Tile, Drawable))
try:
    Drawable.register(42)
except TypeError as e:
    print(e)
