# super() reaches the built-in's own methods.
class History(list):
    def __init__(self, items, limit):
        super().__init__(items)
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]

    def __getitem__(self, index):
        print("  getitem", index)
        return super().__getitem__(index)


h = History([1, 2], limit=3)
for n in [3, 4, 5]:
    h.append(n)
print(h, h.limit, h[0], h[-1])
print(h[1:], sorted(h))


class Defaults(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setdefault("color", "red")

    def __setitem__(self, key, value):
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)


d = Defaults(size=2)
d["shape"] = "round"
print(d, d["color"], len(d))


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def __len__(self):
        return super().__len__() * 10


u = Upper("abc")
print(u, len(u), type(u).__name__, u.lower(), bool(u))


class Plus(int):
    def __add__(self, other):
        return Plus(super().__add__(other) + 100)


print(Plus(1) + 2, type(Plus(1) + 2).__name__, Plus(1).__add__(1), Plus(5) - 1)
