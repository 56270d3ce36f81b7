# return in a generator sets StopIteration.value.
def gen():
    yield 1
    return "result"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as exc:
    print("StopIteration value:", exc.value)
