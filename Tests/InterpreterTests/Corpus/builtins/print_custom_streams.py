# print() to a replaced sys.stdout calls each argument's __str__ once; sys.stdout = None silences it.
import io, sys, contextlib
class Loud:
    calls = 0
    def __str__(self):
        Loud.calls += 1
        return "loud%d" % Loud.calls
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print(Loud(), Loud(), sep="-")
print(repr(buf.getvalue()), Loud.calls)
print(Loud(), file=buf)
print(Loud())
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back", Loud.calls)
