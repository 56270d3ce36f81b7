# Built-in __new__ checks the type it is given, as CPython's tp_new wrappers do.
def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("object dict", lambda: object.__new__(dict))
attempt("object str", lambda: object.__new__(str))
attempt("int list", lambda: int.__new__(list, 5))
attempt("list str", lambda: list.__new__(str))
attempt("str int", lambda: str.__new__(int, 'x'))
attempt("tuple dict", lambda: tuple.__new__(dict))
attempt("not a type", lambda: int.__new__(5))
attempt("int int", lambda: int.__new__(int, '12'))
attempt("bool int", lambda: int.__new__(bool, 1))
attempt("str str", lambda: str.__new__(str, 5))
attempt("list list", lambda: list.__new__(list, [1, 2]))
attempt("tuple tuple", lambda: tuple.__new__(tuple, [1, 2]))
attempt("dict dict", lambda: dict.__new__(dict))
attempt("bytes", lambda: bytes.__new__(bytes, 2))
attempt("float", lambda: float.__new__(float, '1.5'))
attempt("frozenset", lambda: frozenset.__new__(frozenset, [1]))
attempt("range list", lambda: range.__new__(list, 3))
class C:
    pass
attempt("object C", lambda: type(object.__new__(C)).__name__)
attempt("int C", lambda: int.__new__(C))
