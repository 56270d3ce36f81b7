# The SyntaxWarnings CPython's compiler gives for a missing comma: calling a
# literal or a display, subscripting a number or a set, indexing a sequence
# literal by a non-integer. The program still runs; the call fails then.
points = [(1, 2), (3, 4)]
try:
    bad = [(1, 2) (3, 4)]
except TypeError as e:
    print("TypeError:", e)
try:
    grid = [[1, 2] [0, 1]]
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5 [0]
except TypeError as e:
    print("TypeError:", e)
try:
    print("total" "=" (10))
except TypeError as e:
    print("TypeError:", e)
try:
    s = {1, 2}[0]
except TypeError as e:
    print("TypeError:", e)
try:
    g = (x for x in points)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    f = (lambda: 1)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    w = "abc"["b"]
except TypeError as e:
    print("TypeError:", e)
try:
    c = f"{points}"(1)
except TypeError as e:
    print("TypeError:", e)
print("abc"[1], (1, 2)[0], points[0], [1, 2][0:1], {"k": 1}["k"])
points[0] = (0, 0)
print(points)
