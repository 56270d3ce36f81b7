# PEP 695: a generic class.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items)
print(Stack.__type_params__)
print(Stack.__name__, Stack.__qualname__)
print(Stack.push.__qualname__)
