def pick(a, b):
    b = (6
         if not b < 2 else
         0)
    c = (a if a > 1
         else b if b > 3
         else -1)
    while (a < 4 and
           b > 0):
        a += 1
    if (a > 5 or
        b < 2):
        c += 1
    if a <= 2 or a <= 4 and b == 1:
        c -= 1
    d = (a > 1
         or b)
    return c + d
for a, b in [(0, 0), (1, 3), (3, 5), (5, 1)]:
    print(pick(a, b))
