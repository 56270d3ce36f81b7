# redirect_stdout sends print() into a StringIO so the text can be inspected.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr


def noisy(n):
    for i in range(n):
        print("step", i)
    return n * 10


buffer = io.StringIO()
with redirect_stdout(buffer) as target:
    result = noisy(3)
print("result:", result, target is buffer)
print("captured:", repr(buffer.getvalue()))
print(buffer.getvalue().splitlines())

errors = io.StringIO()
with redirect_stderr(errors):
    print("warning: low disk", file=sys.stderr)
print("stderr got:", repr(errors.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
print(sys.stdout is sys.__stdout__)
