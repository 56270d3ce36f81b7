# corpus: no-trace
# Release-build arithmetic near 2**63: range lengths, membership, indexing,
# slicing and iteration must be exact (big integers where needed), never wrap.
B = [2**63 - 1, 2**63, 2**63 + 1, 2**64, -2**63, -2**63 - 1, 2**62, -2**62, 0]
steps = [1, 3, -1, -3, 2**63, -2**63]

def res(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def show(label, f):
    print(label, res(f))

for a in B:
    for b in B:
        for s in steps:
            r = range(a, b, s)
            print(a, b, s, res(lambda: len(r)), res(lambda: [x in r for x in (a, b - 1, a + s, 2**63 - 1)]),
                  res(lambda: (r[0], r[-1])), res(lambda: r[1::2**62]), res(lambda: r.index(a + s)),
                  res(lambda: r.count(b - s)), bool(r), res(lambda: list(zip(range(2), reversed(r)))))
show("full", lambda: list(range(2**63 - 3, 2**63 + 2)))
show("step3", lambda: list(range(2**63 - 5, 2**63 - 1, 3)))
show("len62", lambda: len(range(-2**62, 2**62)))
show("in63", lambda: 2**63 - 1 in range(2**63))
show("getitem", lambda: range(2**64)[2**63])
show("neg", lambda: range(-2**63, 2**63)[-1])
show("eq", lambda: range(0, 2**64, 2**63) == range(0, 2**64 + 1, 2**63))
show("hash", lambda: hash(range(2**63, 2**63 + 2)) == hash(range(2**63, 2**63 + 2)))
