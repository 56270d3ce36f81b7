# A generic class: Stack[int] is an alias that remembers its argument.
from typing import TypeVar, Generic, List, Optional

T = TypeVar("T")
K = TypeVar("K", covariant=True)
N = TypeVar("N", int, float)
print(T, K, N, T.__name__, N.__constraints__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


print(Stack.__parameters__)
print(Stack[int], Stack[str])
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop())
print(type(s).__name__, s.__orig_class__)
print(Stack.push.__annotations__)

plain = Stack()
plain.push("anything")
print(plain.items)

try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
