# @runtime_checkable lets isinstance() check a protocol by structure.
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


class Circle:
    def draw(self) -> str:
        return "()"


class Square:
    def draw(self) -> str:
        return "[]"


class Text:
    def __init__(self, s: str) -> None:
        self.s = s


def render(shapes: Iterable[object]) -> str:
    return " ".join(s.draw() if isinstance(s, Drawable) else "?" for s in shapes)


print(render([Circle(), Square(), Text("hi"), 42]))
print(isinstance(Circle(), Drawable), isinstance(Text("x"), Drawable))
print(issubclass(Square, Drawable), issubclass(int, Drawable))
print([isinstance(x, Sized) for x in ("abc", [1], 7, {})])


class Speaker(Protocol):
    def speak(self) -> str: ...


try:
    isinstance(Circle(), Speaker)
except TypeError as e:
    print("TypeError:", e)
