# What a handler raises joins the unhandled rest in a new group.
def run():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from handler")
    except* TypeError as e:
        print("types handled", e.exceptions)

try:
    run()
except BaseException as e:
    print(type(e).__name__, repr(e))
    for sub in e.exceptions:
        print(" -", repr(sub), type(sub.__context__).__name__)

def only_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("replaced")

try:
    only_raise()
except RuntimeError as e:
    print("alone:", repr(e), repr(e.__context__))
