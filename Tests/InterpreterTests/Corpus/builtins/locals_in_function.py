# locals() inside a function: parameters and bound locals only.
def f(a, b=2):
    c = a + b
    snapshot = locals()
    d = 4
    return snapshot


print(f(1))


def g():
    print(locals())
    x = 1
    print(locals())


g()
