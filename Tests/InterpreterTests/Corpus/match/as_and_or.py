# AS patterns name a matched part; OR alternatives must bind the same names.
def classify(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [int() as a, int() as b] | (a, b, _):
            return f"pair {a} {b}"
        case {"id": int() as ident}:
            return f"record {ident}"
        case None:
            return "nothing"
        case True | False as flag:
            return f"flag {flag}"
        case _:
            return "other"

for v in [2, [4, 5], (6, 7, 8), {"id": 9}, None, True, "x"]:
    print(repr(v), classify(v))
