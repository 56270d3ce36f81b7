# dict() constructors, views and dict comprehension.
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print(dict.fromkeys(["k1", "k2"], 0))
d = {"one": 1}
keys = d.keys()
d["two"] = 2
print(keys, len(keys))
print(sorted({3: "c", 1: "a", 2: "b"}.items()))
print({k: v for k, v in [("p", 1), ("q", 2)]})
print({1: "int", 1.0: "float", True: "bool"})
