# The memo dict maps id(original) to its copy; sharing one memo links the copies.
# corpus: no-trace (the memo's keys are id() numbers)
import copy

base = [1, 2, 3]
memo = {}
first = copy.deepcopy({"data": base}, memo)
second = copy.deepcopy({"data": base}, memo)
print(first["data"] is second["data"], first["data"] is base)
print(memo[id(base)] is first["data"])

fresh = copy.deepcopy({"data": base})
print(fresh["data"] is first["data"])

items = ["x", "y"]
memo = {id(items): "replaced"}
print(copy.deepcopy([items, items], memo))
