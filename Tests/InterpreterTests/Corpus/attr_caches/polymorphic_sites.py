# One attribute site that sees several classes in turn (a loop over
# instances of sibling subclasses, a base __init__ storing into each
# subclass): each class's answer is remembered per class, and a change to
# any class, a shadowing instance attribute or a new subclass must still be
# seen at once.
from collections import deque


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n
        self.tag = type(self).__name__

    def step(self):
        return self.n

    @property
    def label(self):
        return f"{self.tag}:{self.n}"


class A(Base):
    def step(self):
        return self.n * 2


class B(Base):
    kind = "b"

    @property
    def label(self):
        return "B!"


class C(A):
    __slots__ = ()


class D(Base):
    def __init__(self, n):
        super().__init__(n)
        self.step = lambda: -1      # an instance attribute shadows the method


def survey(objs):
    out = []
    for o in objs:
        out.append((o.step(), o.label, o.kind, o.n))
    return out


objs = [A(1), B(2), C(3), D(4), Base(5)]
for round_ in range(3):
    print(round_, survey(objs))
    if round_ == 0:
        A.step = lambda self: 100 + self.n          # class change: every site sees it
    elif round_ == 1:
        B.kind = "changed"
        del B.label
        objs.append(type("E", (B,), {"step": lambda self: "e"})(6))

objs[0].n = 7
print(survey(objs[:2]))


class MyDeque(deque):
    def append(self, x):
        super().append(x * 10)


qs = [deque(), MyDeque(), deque(maxlen=2)]
for i in range(4):
    for q in qs:
        q.append(i)
        q.appendleft(-i)
print([list(q) for q in qs])
try:
    deque.append(1, 2)
except TypeError as e:
    print("TypeError", e)
