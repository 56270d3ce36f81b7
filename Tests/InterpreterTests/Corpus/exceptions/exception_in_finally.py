# An exception raised in finally replaces the one in flight.
try:
    try:
        raise KeyError("first")
    finally:
        raise TypeError("from finally")
except Exception as exc:
    print(type(exc).__name__, exc)
    print(type(exc.__context__).__name__, exc.__context__)
