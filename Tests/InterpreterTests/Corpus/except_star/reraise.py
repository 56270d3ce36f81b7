# A bare raise in except* re-raises the part as part of the original group.
def f():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("saw", e.exceptions)
        raise
    except* TypeError:
        print("type handled")

try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print(e.message, len(e.exceptions))

def g():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise

try:
    g()
except ExceptionGroup as e:
    print(repr(e))
