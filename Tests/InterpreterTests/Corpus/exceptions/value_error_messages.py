# ValueError messages from conversions and methods.
cases = [
    lambda: int("3.5"),
    lambda: int(""),
    lambda: float("abc"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: [1].remove(2),
    lambda: int("12", 2),
]
for case in cases:
    try:
        case()
    except ValueError as exc:
        print(exc)
try:
    a, b = [1, 2, 3]
except ValueError as exc:
    print(exc)
try:
    a, b, c = [1, 2]
except ValueError as exc:
    print(exc)
