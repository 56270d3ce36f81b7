# TypedDict is a function in CPython 3.13: the class syntax and the call
# syntax make the same kind of class, a dict subclass whose instances are
# plain dicts.
from typing import NotRequired, Required, TypedDict, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


class Review(Movie, total=False):
    stars: int
    author: Required[str]


Point = TypedDict("Point", {"x": int, "y": int})
Options = TypedDict("Options", {"verbose": bool, "level": NotRequired[int]}, total=True)

m = Movie(title="Up", year=2009)
r = Review(title="Up", year=2009, author="Ann")
p = Point(x=1, y=2)
print(m, type(m).__name__, r, p)
print(Movie, Point, TypedDict.__name__, type(TypedDict).__name__)
print(Movie.__bases__, Review.__mro__, type(Movie).__name__)
print(Movie.__orig_bases__ == (TypedDict,), Review.__orig_bases__ == (Movie,))
print(Review.__annotations__)
print(sorted(Review.__required_keys__), sorted(Review.__optional_keys__), Review.__total__)
print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__))
print(is_typeddict(Movie), is_typeddict(Point), is_typeddict(dict), is_typeddict(m))

try:
    isinstance(m, Movie)
except TypeError as exc:
    print(exc)


class Shape:
    pass


try:
    class Bad(Movie, Shape):
        pass
except TypeError as exc:
    print(exc)
