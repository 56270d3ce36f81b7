# A generator abandoned inside try/finally is closed when its last
# reference goes: the finally block runs then.
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("numbers: finally")


g = numbers()
print(next(g))
del g
print("after del")

for n in numbers():
    print("loop got", n)
    break
print("after break")

g = numbers()
next(g)
g = None
print("after rebinding")


def first_of(gen_fn):
    gen = gen_fn()
    return next(gen)


print("first:", first_of(numbers))
print("end")
