# Exceptions raised in an except* handler have the matched part as context;
# sys.exception() is that part, and the previous one comes back after.
import sys

try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in handler:", repr(sys.exception()))
    except* TypeError as e:
        print("second:", repr(sys.exception()), e is sys.exception())
    print("after:", repr(sys.exception()))

def nested():
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(2)
        except KeyError as k:
            print("inner context:", repr(k.__context__))
            return_value = 5
    return return_value
print(nested())
