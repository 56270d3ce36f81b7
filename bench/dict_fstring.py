# Dict updates keyed by f-strings: get-with-default, membership, item assignment.


def never_called():
    return "unreachable"


def run(n):
    counts = {}
    seen = {}
    for i in range(n):
        key = f"k{i % 997}-{i % 7}"
        counts[key] = counts.get(key, 0) + i % 100
        if key not in seen:
            seen[key] = i
    checksum = 0
    for key in counts:
        checksum = (checksum * 31 + counts[key] + seen[key]) % 1000000007
    return len(counts), checksum


N = 3000000  # bench: scale quick=15000
size, checksum = run(N)
print(f"keys={size} checksum={checksum}")
# bench: never-hit breakpoint at line 5
