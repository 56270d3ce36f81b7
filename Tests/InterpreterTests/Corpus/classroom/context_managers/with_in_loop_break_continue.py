# break and continue inside a with block still call __exit__.
class Step:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        return self.i

    def __exit__(self, *exc):
        print("  exit", self.i)


for i in range(4):
    with Step(i) as n:
        if n == 1:
            continue
        if n == 3:
            break
        print("body", n)
print("done")
