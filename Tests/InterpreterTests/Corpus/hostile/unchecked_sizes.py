# corpus: no-trace
# Release-build sizes: repetition, bytes values, shifts, index arithmetic and
# slices with huge steps raise OverflowError/MemoryError/ValueError as CPython,
# and small results are exact.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__
    print(label, repr(r)[:120])

N = [0, 1, 3, -1, -2**63, 2**62, 2**63 - 1, 2**63, 2**64, 10**18, 10**19]
for n in N:
    for name, seq in (("list", [1, 2]), ("empty", []), ("tuple", (1,)), ("str", "ab"), ("emptystr", ""),
                      ("bytes", b"ab"), ("bytearray", bytearray(b"x"))):
        if name == "bytearray" and n > 10**6:
            continue  # CPython 3.13 reports a SystemError on stderr there (its own bug)
        if n > 10**6 and len(seq) > 0:
            show((name, "*", n), lambda: len(seq * n))
            show((name, "r*", n), lambda: len(n * seq))
        else:
            show((name, "*", n), lambda: seq * n)
show("b'ab'*3", lambda: b'ab' * 3)
show("[]*10**18", lambda: [] * 10**18)
for v in (-1, 0, 127, 255, 256, 2**8 + 1, 2**63, -2**63, 2**64 + 1):
    show(("bytes", v), lambda: bytes([v]))
    show(("bytearray", v), lambda: bytearray([v]))
    show(("setitem", v), lambda: (lambda b: (b.__setitem__(0, v), b)[1])(bytearray(b"a")))
    show(("fill", v), lambda: bytes(v) if v < 10**6 else len(bytes(v)))
for x in (1, -1, 2**62, -2**63, 2**63 - 1):
    for s in (0, 1, 62, 63, 64, 65, 100, -1, 2**63, 2**64):
        show(("shl", x, s), lambda: (x << s).bit_length() if s < 10**6 else x << s)
        show(("shr", x, s), lambda: x >> s)
for x in (2**63 - 1, -2**63, 2**62):
    for y in (1, -1, 2, 2**63 - 1, -2**63):
        show(("add", x, y), lambda: x + y)
        show(("sub", x, y), lambda: x - y)
        show(("mul", x, y), lambda: x * y)
        show(("floordiv", x, y), lambda: x // y)
        show(("mod", x, y), lambda: x % y)
        show(("pow", x, y), lambda: pow(x, 2) if y > 0 else x ** -1)
show("neg", lambda: -(-2**63))
show("abs", lambda: abs(-2**63))
show("divmod", lambda: divmod(-2**63, -1))
L = list(range(10))
T = tuple(L)
S = "abcdefghij"
for seq in (L, T, S, b"abcdefghij"):
    for i in (-2**63, -2**63 - 1, 2**63 - 1, 2**63, -11, 10, -10, 9):
        show(("index", type(seq).__name__, i), lambda: seq[i])
    for st in (2**63, -2**63, 2**63 - 1, -2**63 + 1, 2**64, 3, -3):
        show(("step", type(seq).__name__, st), lambda: seq[::st])
        show(("startstep", type(seq).__name__, st), lambda: seq[2**63:-2**63:st])
        show(("stopstep", type(seq).__name__, st), lambda: seq[-2**63:2**63:st])
for st in (2**63, -2**63, 2**63 - 1):
    M = list(range(10))
    show(("assign", st), lambda: (M.__setitem__(slice(None, None, st), [0]), M)[1])
    M = list(range(10))
    show(("del", st), lambda: (M.__delitem__(slice(None, None, st)), M)[1])
show("insert", lambda: (lambda m: (m.insert(2**63, 9), m.insert(-2**63, 8), m)[2])([1, 2]))
show("pop", lambda: [1].pop(2**63))
show("strmul", lambda: "x".center(2**63))
show("ljust", lambda: "x".ljust(-2**63))
show("expandtabs", lambda: "\t".expandtabs(2**63))
show("zfill", lambda: "1".zfill(-2**63))
show("index63", lambda: [1, 2, 3].index(2, -2**63, 2**63))
show("strfind", lambda: "abc".find("c", -2**63, 2**63))
show("count", lambda: "aaa".count("a", 2**63))
