# from __future__ import annotations: annotations are kept as strings.
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Callable


def f(x: int, y: list[int] = [], *args: str, z: "Node" | None = None, **kw: dict[str, int]) -> Optional[str]:
    return None


print(f.__annotations__)


class Node:
    value: int
    next: Optional[Node]
    label: "str"
    children: list[Node] = []
    fn: Callable[[int, str], bool]
    pair: tuple[int, ...]
    weird: -1 + 2 * (3 - x) ** 2
    mapping: dict[str, list[tuple[int, float]]]


print(Node.__annotations__)


@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = field(default_factory=list)
    parent: Optional[Point] = None


p = Point(1)
print(p, Point.__annotations__)
print(Point(2, 3.5, ["a"], p))

count: int = 0
names: list[str]
print(__annotations__)


def g(a: not b, c: a if b else c, d: lambda: 0 = 1, e: a.b.c[d] = 2, f: x or y and z = 3): pass


print(g.__annotations__)
