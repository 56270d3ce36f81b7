# A plain exception caught by except* arrives wrapped in a group.
import sys

def check(x):
    if x < 0:
        raise ValueError("negative")
    return x

for v in [3, -1]:
    try:
        print(check(v))
    except* ValueError as eg:
        print(type(eg).__name__, repr(eg.message), eg.exceptions)
        print(repr(sys.exception()))
    except* TypeError:
        print("never")
    else:
        print("no error for", v)
    finally:
        print("finally", v)
