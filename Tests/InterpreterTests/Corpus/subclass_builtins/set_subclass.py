# set and frozenset subclasses: their repr names the class; operators return plain sets.
class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)


t = Tags()
print(t, repr(t), len(t))
t.add_all(2, 1)
print(sorted(t), 1 in t, type(t).__name__, isinstance(t, set))
u = t | {3}
print(sorted(u), type(u).__name__, type(t.copy()).__name__, sorted(t & {1, 9}))
t |= {4}
print(sorted(t), type(t).__name__)


class Frozen(frozenset):
    pass


f = Frozen([3, 1, 2])
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset([1, 2, 3])), Frozen(), len(f))
print({f: "ok"}[frozenset([1, 2, 3])], f == {1, 2, 3}, f <= {1, 2, 3, 4}, type(f | {9}).__name__)


class OnlyEven(set):
    def __contains__(self, item):
        return item % 2 == 0


e = OnlyEven([1, 3])
print(2 in e, 1 in e, sorted(e), len(e))
