# raise ... from None hides the context.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as exc:
    print(exc, exc.__cause__, exc.__suppress_context__)
    print(type(exc.__context__).__name__)
