# A return whose value spans lines, leaving a try/finally: the value's first
# line is reported again before the finally body runs (CPython's NOP).
def evens(n):
    try:
        return {k
            for k in range(n) if k % 2 == 0}
    finally:
        n = 0

def first(items):
    for x in items:
        try:
            return [y
                    for y in x]
        finally:
            print("leaving", x)

print(evens(5), first(["ab", "cd"]))
