# pop, popitem, setdefault, update, copy, clear.
d = {"x": 1, "y": 2}
print(d.pop("x"), d.pop("missing", "default"), d)
d.setdefault("z", []).append(1)
d.setdefault("z", []).append(2)
print(d)
d.update({"y": 20, "w": 0})
d.update(v=5)
print(d)
e = d.copy()
e["y"] = -1
print(d["y"], e["y"], d.popitem(), d)
d.clear()
print(d, e)
try:
    d.pop("gone")
except KeyError as exc:
    print("KeyError", exc)
