# A factory makes a closure over three free variables; call it millions of times.


def make_affine(a, b, m):
    def apply(x):
        return (a * x + b) % m

    return apply


def never_called():
    return "unreachable"


def run(n):
    step = make_affine(48271, 11, 2147483647)
    acc = 1
    total = 0
    for i in range(n):
        acc = step(acc + i)
        total += acc % 1000
    return acc, total


N = 4000000  # bench: scale quick=40000
acc, total = run(N)
print(f"acc={acc} total={total}")
# bench: never-hit breakpoint at line 12
