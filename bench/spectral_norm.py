# Spectral norm of an infinite matrix (the shootout benchmark): a nested
# function call per matrix entry, float division, generator-free loops.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j, u_j in enumerate(u):
            total += eval_a(i, j) * u_j
        result.append(total)
    return result


def eval_at_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j, u_j in enumerate(u):
            total += eval_a(j, i) * u_j
        result.append(total)
    return result


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def never_called():
    return "unreachable"


def run(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return f"{(vbv / vv) ** 0.5:.9f}"


N = 260  # bench: scale quick=20
print(f"norm={run(N)}")
# bench: never-hit breakpoint at line 36
