# The part no clause matched propagates as a group of what is left.
def work():
    raise ExceptionGroup("jobs", [KeyError("a"), ValueError(1), KeyError("b")])

try:
    try:
        work()
    except* KeyError as eg:
        print("keys:", eg.exceptions)
except ExceptionGroup as left:
    print("left:", repr(left), left.message)
    print(len(left.exceptions), str(left))
work()
