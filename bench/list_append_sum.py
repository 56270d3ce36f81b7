# Build a list of ints with append at module level (script style), then sum it.


def never_called():
    return "unreachable"


N = 7500000  # bench: scale quick=50000
values = []
for i in range(N):
    values.append(i * 7 % 1009)
total = sum(values)
print(f"len={len(values)} sum={total} last={values[-1]}")
# bench: never-hit breakpoint at line 5
