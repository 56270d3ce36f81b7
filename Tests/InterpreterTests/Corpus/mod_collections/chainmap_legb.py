# collections.ChainMap as a picture of LEGB name lookup
import collections

builtins_ns = {"len": "<builtin len>", "print": "<builtin print>"}
global_ns = {"x": "global x", "len": "my len"}
enclosing_ns = {"y": "enclosing y"}
local_ns = {"x": "local x"}

scope = collections.ChainMap(local_ns, enclosing_ns, global_ns, builtins_ns)
for name in ["x", "y", "len", "print"]:
    print(name, "->", scope[name])
try:
    scope["z"]
except KeyError as e:
    print("NameError-like KeyError:", e)
scope["y"] = "assigned locally"
print(local_ns)
print(enclosing_ns)
print(len(scope), sorted(scope))
