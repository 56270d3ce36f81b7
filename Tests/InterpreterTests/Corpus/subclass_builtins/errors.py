# The errors CPython gives around subclassing built-in types.
def attempt(label, make):
    try:
        print(label, make())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("bool base:", lambda: type("B", (bool,), {}))
attempt("range base:", lambda: type("R", (range,), {}))


def layout():
    class Both(list, dict):
        pass


def layout2():
    class Both(int, str):
        pass


attempt("list+dict:", layout)
attempt("int+str:", layout2)


class L(list):
    pass


attempt("object.__new__:", lambda: object.__new__(L))
attempt("unhashable:", lambda: hash(L()))
attempt("tuple args:", lambda: type("T", (tuple,), {})(1, 2))
attempt("int bad:", lambda: type("I", (int,), {})("x"))
attempt("list.__new__(dict):", lambda: list.__new__(dict))


class E(dict):
    def __eq__(self, other):
        return True


attempt("eq without hash:", lambda: hash(E()))
attempt("missing key:", lambda: L()[3])
attempt("no attribute:", lambda: L().nope)


class Slotted(list):
    __slots__ = ("tag",)


s = Slotted([1])
s.tag = "ok"
print(s, s.tag)
attempt("slots:", lambda: setattr(s, "other", 1))
