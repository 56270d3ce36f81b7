# slice objects can be stored and reused.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print("abcdefg"[s], list(range(10))[s])
print(slice(3), [0, 1, 2, 3, 4][slice(None, None, -1)])
