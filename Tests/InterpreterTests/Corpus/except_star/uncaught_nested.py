# The boxed traceback of an uncaught nested group.
def inner():
    raise ExceptionGroup("inner", [TypeError("t"), ValueError("v")])

def outer():
    try:
        inner()
    except* TypeError:
        raise KeyError("k")

try:
    outer()
except* KeyError:
    print("keys handled")
