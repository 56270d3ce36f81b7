# Which dict operations see an overridden __getitem__/__setitem__.
class Lower(dict):
    def __setitem__(self, key, value):
        print("  set", key)
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key.lower())


d = Lower()
d["Apple"] = 1
print(d["APPLE"], d)
print("update and the constructor do not call __setitem__:")
d.update({"Pear": 2})
e = Lower({"Fig": 3}, Kiwi=4)
print(d, e)
print("get() and setdefault() do not call __getitem__:")
print(d.get("pear"), d.setdefault("plum", 5), d)
print("dict(d) copies without __getitem__:", dict(d))
print({**d}, list(d), len(d), "apple" in d)


class Logged(dict):
    def __iter__(self):
        print("  iter")
        return iter(sorted(super().keys()))

    def keys(self):
        print("  keys")
        return sorted(super().keys())


g = Logged(b=2, a=1)
print(list(g))
print(dict(g))
h = {}
h.update(g)
print(h)
