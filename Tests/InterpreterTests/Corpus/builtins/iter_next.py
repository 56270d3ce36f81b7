# iter() makes an iterator; next() advances it; StopIteration ends it.
it = iter([10, 20])
print(next(it))
print(next(it))
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration as exc:
    print("StopIteration", repr(exc))
chars = iter("ab")
print(list(chars), list(chars))
d = iter({"x": 1, "y": 2})
print(next(d))
