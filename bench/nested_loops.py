# Nested loops with integer arithmetic.


def never_called():
    return "unreachable"


def run(n):
    total = 0
    for i in range(n):
        row = 0
        for j in range(n):
            row += (i * j + i - j) % 7
            if row > 1000:
                row -= 999
        total += row * (i % 5 + 1)
    return total


N = 3500  # bench: scale quick=200
print(f"nested({N}) = {run(N)}")
# bench: never-hit breakpoint at line 5
