# An __index__ that changes the list while it is being indexed: the list is
# checked again afterwards, as CPython does.
L = list(range(10))

class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        L.clear()
        return self.n

def attempt(label, f):
    global L
    L = list(range(10))
    try:
        r = f()
        print(label, r, L)
    except Exception as e:
        print(label, type(e).__name__, e, L)

def setslice():
    L[2:I(5)] = [1]
def extslice():
    L[::I(2)] = [0] * 5
def delslice():
    del L[I(1):I(5)]
def setitem():
    L[I(3)] = 'x'
def delitem():
    del L[I(3)]
attempt("setslice", setslice)
attempt("extslice", extslice)
attempt("delslice", delslice)
attempt("getitem", lambda: L[I(3)])
attempt("getslice", lambda: L[I(1):I(4)])
attempt("setitem", setitem)
attempt("delitem", delitem)
attempt("insert", lambda: L.insert(I(5), 'y'))
attempt("pop", lambda: L.pop(I(2)))
attempt("big index", lambda: L[2**100])
attempt("big slice", lambda: L[-2**100:2**100])
attempt("big step", lambda: L[::2**100])
