# Ranges whose length or bounds do not fit in a machine int: big-int answers,
# OverflowError where CPython raises it, never a silently wrong number.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("len", lambda: len(range(-2**62, 2**62)))
attempt("len ok", lambda: len(range(-2**61, 2**61)))
attempt("in", lambda: 2**63 - 1 in range(2**63))
attempt("in big", lambda: 2**64 in range(0, 2**65, 2))
attempt("not in", lambda: 2**64 + 1 in range(0, 2**65, 2))
attempt("list", lambda: list(range(2**63 - 3, 2**63 + 2)))
attempt("list step", lambda: list(range(2**63 - 5, 2**63 - 1, 3)))
attempt("down", lambda: list(range(-2**63 + 2, -2**63 - 3, -1)))
attempt("index", lambda: range(2**64)[2**63])
attempt("neg index", lambda: range(2**64)[-1])
attempt("out of range", lambda: range(2**64)[2**100])
attempt("small out of range", lambda: range(10)[2**100])
attempt("slice", lambda: range(2**64)[2**63::2**62])
attempt("repr", lambda: repr(range(2**64, 2**65, 3)))
attempt("bool", lambda: bool(range(2**64, 2**65)))
attempt("eq", lambda: range(0, 2**64, 2) == range(0, 2**64 - 1, 2))
attempt("count", lambda: range(2**64).count(2**63))
attempt("index of", lambda: range(0, 2**66, 4).index(2**65))
attempt("reversed", lambda: list(reversed(range(2**63 - 2, 2**63 + 1))))
attempt("sum", lambda: sum(range(2**63 - 2, 2**63 + 2)))
attempt("huge len", lambda: range(2**100).__len__())
attempt("max", lambda: max(range(2**63 - 2, 2**63 + 1)))
r = range(9223372036854775806, 9223372036854775809)
for x in r:
    print(x)
