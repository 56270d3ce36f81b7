# The type statement makes a lazily evaluated alias.
type Point = tuple[float, float]
type Matrix = list[list[float]]


def origin() -> Point:
    return (0.0, 0.0)


print(Point)
print(Point.__name__)
print(Point.__value__)
print(Matrix.__value__)
print(type(Point).__name__)
print(origin())
