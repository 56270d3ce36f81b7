# raise ... from sets __cause__.
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("could not parse " + repr(text)) from exc


try:
    parse("abc")
except RuntimeError as exc:
    print(exc)
    print(type(exc.__cause__).__name__, "-", exc.__cause__)
    print(exc.__suppress_context__)
