# Type aliases are ordinary variables holding hint objects.
from typing import List, Dict, Tuple, Set, FrozenSet, Type, TypeVar, Sequence, get_origin, get_args

Vector = List[float]
Matrix = List[Vector]
Grades = Dict[str, Tuple[int, ...]]
print(Vector, Matrix, Grades, sep="\n")
print(get_origin(Matrix), get_args(Matrix), get_args(Tuple[()]))
print(Set[int], FrozenSet[str], Type[int], Tuple[int, str])


def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


print(scale([1.0, 2.0], 3), transpose([[1, 2], [3, 4]]))

T = TypeVar("T")
Pair = Tuple[T, T]
print(Pair, Pair.__parameters__, Pair[int])
Number = TypeVar("Number", bound=float)
print(Number, Number.__bound__)


def first(items: Sequence[T]) -> T:
    return items[0]


print(first("xyz"), first([3, 1]), first.__annotations__)

try:
    List()
except TypeError as e:
    print("TypeError:", e)
print(List[int] == List[int], List[int] == List[str], Dict[str, int]({"a": 1}) if False else "ok")
try:
    Dict[str]
except TypeError as e:
    print("TypeError:", e)
