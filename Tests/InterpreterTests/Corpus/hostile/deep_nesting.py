# corpus: no-trace (RecursionError)
# Deeply nested containers: comparison and repr raise RecursionError, and
# freeing them does not overflow the stack.
def nest(n, wrap):
    x = wrap(())
    for _ in range(n):
        x = wrap(x)
    return x

a = nest(10**5, lambda x: [x])
b = nest(10**5, lambda x: [x])
try:
    print(a == b)
except RecursionError as e:
    print("eq", type(e).__name__, e)
try:
    print(a < b)
except RecursionError as e:
    print("lt", type(e).__name__, e)
t = nest(10**5, lambda x: (x,))
try:
    print(len(repr(t)))
except RecursionError as e:
    print("repr", type(e).__name__, e)
try:
    print(len(str(a)))
except RecursionError as e:
    print("str", type(e).__name__, e)
d = nest(10**5, lambda x: {'k': x})
try:
    print(len(repr(d)))
except RecursionError as e:
    print("dict repr", type(e).__name__, e)
try:
    print(d == nest(10**5, lambda x: {'k': x}))
except RecursionError as e:
    print("dict eq", type(e).__name__, e)
print(hash(nest(5000, lambda x: (x,))) == hash(nest(5000, lambda x: (x,))))
print(nest(5000, lambda x: [x]) == nest(5000, lambda x: [x]))
print(len(repr(nest(2000, lambda x: [x]))))
del a, b, t, d
big = None
for _ in range(10**6):
    big = [big]
del big
print("freed")
