# `in` uses __contains__, else __iter__, else __getitem__ with 0, 1, 2...
class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == 42


class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(42 in WithContains(), 2 in WithIter(), 20 in WithGetitem())
print(99 not in WithGetitem())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
