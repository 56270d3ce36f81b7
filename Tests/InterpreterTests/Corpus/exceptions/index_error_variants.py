# IndexError messages for list, tuple, str and pop.
cases = [lambda: [1][5], lambda: (1,)[5], lambda: "ab"[5], lambda: [].pop(), lambda: [1].pop(3)]
for case in cases:
    try:
        case()
    except IndexError as exc:
        print(exc)
