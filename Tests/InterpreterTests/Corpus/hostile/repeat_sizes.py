# Repetition sizes: MemoryError or OverflowError as CPython, never an abort,
# a wrapped size or a machine that runs out of memory.
def attempt(label, f):
    try:
        r = f()
        print(label, len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("list 2**62", lambda: [0] * 2**62)
attempt("list 10**12", lambda: [0] * 10**12)
attempt("list 2**64", lambda: [0] * 2**64)
attempt("rlist 2**64", lambda: 2**64 * [0])
attempt("empty", lambda: [] * 10**18)
attempt("empty big", lambda: [] * 2**62)
attempt("tuple", lambda: (1, 2) * 2**62)
attempt("str", lambda: 'ab' * 2**62)
attempt("str 10**12", lambda: 'x' * 10**12)
attempt("bytes", lambda: b'ab' * 2**62)
attempt("negative", lambda: [1, 2] * -2**70)
attempt("zero", lambda: 'abc' * 0)
attempt("ok", lambda: [0] * 1000)
L = [1, 2, 3]
try:
    L *= 2**62
except MemoryError as e:
    print("imul", type(e).__name__, len(L))
attempt("bytes(2**63)", lambda: bytes(2**63))
attempt("bytes(10**12)", lambda: bytes(10**12))
attempt("bytes(-1)", lambda: bytes(-1))
