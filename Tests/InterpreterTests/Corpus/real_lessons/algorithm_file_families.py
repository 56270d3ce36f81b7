# Families found running TheAlgorithms' files: int() of bytes, generic bases
# (__orig_bases__, __parameters__), dataclass methods' __module__, float() of bytes.
from dataclasses import dataclass
from typing import Dict, Generic, TypeVar

print(int(b"101", 2), int(b" 42 "), int(bytearray(b"ff"), 16), int(b"0x1f", 0))
for v in [b"abc", bytearray(b"12x"), b"", b"1_000", b"\xff1"]:
    try:
        print(int(v))
    except ValueError as e:
        print(e)
try:
    int(b"9", 8)
except ValueError as e:
    print(e)
try:
    int(b"9", 99)
except ValueError as e:
    print(e)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []


class IntList(list[int]):
    pass


class Pair(Dict[K, V]):
    pass


print(Stack.__orig_bases__, Stack.__parameters__)
print(IntList.__orig_bases__, IntList.__mro__, "__orig_bases__" in vars(list))
print(list[int].__mro_entries__((list[int],)))
print(Dict[K, V].__parameters__, list[T].__parameters__, dict[str, list[T]].__parameters__)
print(Pair.__orig_bases__, Pair.__mro__)
s = IntList([3, 1, 2])
s.sort()
print(s, isinstance(s, list))


@dataclass
class Point:
    x: int
    y: int = 0


print(Point.__init__.__module__, Point.__repr__.__module__, Point.__eq__.__module__)


print(float(b"1.5"), float(bytearray(b" 2e3 ")))
for v in [b"x1", b"\xff"]:
    try:
        float(v)
    except ValueError as e:
        print(e)


class Three:
    def __index__(self):
        return 3


print(float(Three()))
