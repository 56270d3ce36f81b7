# A closure with a `nonlocal` counter, called millions of times.


def make_counter():
    count = 0

    def increment(step):
        nonlocal count
        count += step
        return count

    return increment


def never_called():
    return "unreachable"


def run(n):
    counter = make_counter()
    last = 0
    for i in range(n):
        last = counter(i % 3)
    return last


N = 17000000  # bench: scale quick=150000
print(f"counter after {N} calls = {run(N)}")
# bench: never-hit breakpoint at line 16
