# A stack that is a list: every list operation still works on it.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
print(s, s.is_empty(), type(s).__name__)
for n in [3, 1, 4, 1, 5]:
    s.push(n)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), issubclass(Stack, list), type(s) is list)
print(sorted(s), sum(s), max(s), 4 in s, s.count(1), s.index(4))
print(s[1:], type(s[1:]).__name__, s + [9], type(s + [9]).__name__)
s.name = "numbers"
print(s.name, s.__dict__)
s += [2, 6]
print(s, type(s).__name__)
s[0] = 30
del s[1]
print(s, list(reversed(s)), [x * 2 for x in s])
a, b, *rest = s
print(a, b, rest)
print(s == [30, 4, 1, 2, 6], s != [], bool(Stack()), str(s), f"{s}")
