# Exception classes with their own __init__, called many times from one
# site: args before and after super().__init__, str(), attributes, a
# class whose __init__ skips super(), one with a custom __new__.


class ParseError(Exception):
    def __init__(self, text, pos):
        super().__init__(f"bad {text!r} at {pos}")
        self.pos = pos


class Quiet(ValueError):
    def __init__(self, code):
        self.code = code


class Tagged(KeyError):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.tag = "new"
        return obj

    def __init__(self, key):
        super().__init__(key)
        self.tag += "+init"


def attempt(i):
    if i % 3 == 0:
        raise ParseError("x" * i, i)
    if i % 3 == 1:
        raise Quiet(i)
    raise Tagged(f"k{i}")


for i in range(6):
    try:
        attempt(i)
    except ParseError as e:
        print("ParseError", e.args, str(e), e.pos)
    except Quiet as e:
        print("Quiet", e.args, repr(str(e)), e.code)
    except Tagged as e:
        print("Tagged", e.args, str(e), e.tag)

e = ParseError("y", 2)
print(type(e).__name__, e.args, isinstance(e, Exception))
q = Quiet(7)
print(q.args, q.code)
try:
    ParseError("only one")
except TypeError as err:
    print("TypeError:", err)
