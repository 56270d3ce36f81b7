# f(*x, k=...): CPython 3.13 passes x itself to CALL_FUNCTION_EX, which
# makes it a tuple after the keyword arguments ran, so nothing of the
# call's own line runs between x and the keywords.
def h(*a, **k):
    return len(a), sorted(k)
def numbers():
    print("numbers iterated")
    yield 1
L = [1, 2]
print(h(
    *L, k0=h(), k1=
    1))
print(h(*numbers(),
        k=print("keywords first")))
try:
    h(*
      5, k=1)
except TypeError as e:
    print(e)
