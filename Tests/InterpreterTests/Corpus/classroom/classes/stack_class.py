# A stack wrapping a list.
class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def size(self):
        return len(self._items)


s = Stack()
for ch in "abc":
    s.push(ch)
print(s.pop(), s.pop(), s.size())
s.pop()
try:
    s.pop()
except IndexError as exc:
    print(exc)
