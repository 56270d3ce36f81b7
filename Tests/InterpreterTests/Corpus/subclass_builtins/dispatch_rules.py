# Where CPython consults the subclass's methods and where the built-in's own code runs.
class Loud(list):
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()

    def __len__(self):
        print("  __len__")
        return super().__len__()

    def __contains__(self, item):
        print("  __contains__", item)
        return super().__contains__(item)


L = Loud([1, 2, 3])
print("for:")
for x in L:
    pass
print("list():", list(L))
print("len:", len(L))
print("bool:", bool(L))
print("in:", 2 in L)
print("sorted:", sorted(L))
print("extend:")
other = [0]
other.extend(L)
print(other)
print("unpack:")
a, b, c = L
print(a, b, c)
print("str:", str(L))


class Ordered(dict):
    def keys(self):
        print("  keys")
        return super().keys()

    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)


o = Ordered(x=1)
print("dict():", dict(o))
print("update:")
target = {}
target.update(o)
print(target)
print("** :", {**o})
print("items:", list(o.items()), o.get("x"))
