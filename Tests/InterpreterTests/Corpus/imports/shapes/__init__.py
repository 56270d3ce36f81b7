"""A package of shapes."""
from shapes.circle import Circle
from .square import Square
__all__ = ["Circle", "Square"]
print("shapes package initialised:", __name__, __package__)
