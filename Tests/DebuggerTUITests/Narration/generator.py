# commands: s*34
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

g = countdown(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped:", e.value)
