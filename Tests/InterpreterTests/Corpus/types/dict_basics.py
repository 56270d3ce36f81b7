# Dicts keep insertion order; updating a key keeps its position.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print("a" in d, 2 in d, len(d))
del d["a"]
print(d)
d["a"] = 20
print(d)
