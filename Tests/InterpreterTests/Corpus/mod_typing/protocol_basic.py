# Protocols describe what an object can do; a class may also subclass one.
from typing import Protocol, runtime_checkable, Iterable


class Speaker(Protocol):
    def speak(self) -> str:
        ...


class Dog:
    def speak(self) -> str:
        return "Woof"


class Robot(Speaker):
    def speak(self) -> str:
        return "Beep"


def chorus(members: Iterable[Speaker]) -> str:
    return " ".join(m.speak() for m in members)


print(chorus([Dog(), Robot()]))
try:
    Speaker()
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


print(Closable._is_runtime_protocol, Speaker._is_protocol, Robot._is_protocol)
print(chorus.__annotations__)
