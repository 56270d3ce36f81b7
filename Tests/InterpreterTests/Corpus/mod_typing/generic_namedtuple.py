from typing import NamedTuple, Generic, TypeVar
T = TypeVar('T')
class Box(NamedTuple, Generic[T]):
    item: T
    count: int = 1
b = Box('x')
print(b, Box[int], Box.__parameters__, b._replace(count=3), isinstance(b, tuple))
