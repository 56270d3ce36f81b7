# A subclass keeps its type through split only if it overrides derive.
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def derive(self, excs):
        return Errors(self.message, excs, self.code)

class Plain(ExceptionGroup):
    pass

e = Errors("bad", [ValueError(1), TypeError(2)], 42)
m, r = e.split(ValueError)
print(type(m).__name__, m.code, repr(m))
p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__)
try:
    Plain("x", [KeyboardInterrupt()])
except TypeError as err:
    print(err)

class Mixed(BaseExceptionGroup):
    pass
print(type(Mixed("m", [ValueError()])).__name__)
try:
    try:
        raise Errors("handled", [ValueError(1), KeyError(2)], 7)
    except* ValueError as got:
        print("got", type(got).__name__, got.code)
except Errors as left:
    print("left", type(left).__name__, left.code, left.exceptions)
