# A conditional expression inside another's branch: the inner branch's jump
# goes straight to the end (CPython threads jumps), so the assignment's line
# is reported once.
def pick(a, b):
    b = ((b if a else 1)
         if b >= -1 else
         2)
    x = ((3 if 2 < b < 4 else a)
        if b <= 1
        else b)
    return b, x

for a, b in [(0, 0), (1, 2), (2, -3), (0, 1)]:
    print(pick(a, b))
    y = [v for v in (a, b, 3) if v > 0]
    print({k: k * 2 for k in y if k != 2})
