# sys.exc_info() inside an except block: (type, value, traceback), and the
# traceback module's helpers that read it.
import sys
import traceback

def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

try:
    average([])
except ZeroDivisionError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, '-', value)
    print(tb is not None, type(tb).__name__, tb is value.__traceback__)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    frames = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno, f.line) for f in frames])
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len(traceback.format_tb(sys.exc_info()[2])))
print(sys.exc_info())

def risky(n):
    if n > 2:
        raise ValueError(f'too big: {n}')
    return n

for n in [1, 3]:
    try:
        risky(n)
    except ValueError as e:
        t, v, tb = sys.exc_info()
        print(v is e, sys.exception() is e, traceback.extract_tb(tb)[-1].name)
        print(''.join(traceback.format_exception_only(t, v)), end='')
