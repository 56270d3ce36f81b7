# Closing a generator closes the one it delegates to first.
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
g.close()
print("closed")

g = outer()
print(next(g))
try:
    g.throw(ValueError("into inner"))
except ValueError as e:
    print("propagated:", e)
