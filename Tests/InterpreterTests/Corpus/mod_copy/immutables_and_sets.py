# What deepcopy leaves alone, and what it rebuilds.
import copy

print(copy.deepcopy(10) == 10, copy.deepcopy(None), copy.deepcopy(3.5))
flat = (1, "a", None)
nested = (1, [2])
print(copy.deepcopy(flat) is flat, copy.deepcopy(nested) is nested, copy.deepcopy(nested))

nums = {3, 1, 2}
s = copy.copy(nums)
s.add(4)
print(sorted(nums), sorted(s))
print(sorted(copy.deepcopy(frozenset({5, 6}))))


def greet():
    return "hi"


print(copy.deepcopy(greet) is greet, copy.copy(len) is len, copy.deepcopy(int) is int)
print(copy.copy(range(3)), copy.deepcopy([range(2), b"raw"]))
