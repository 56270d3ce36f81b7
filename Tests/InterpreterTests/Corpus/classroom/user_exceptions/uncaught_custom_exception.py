# An uncaught custom exception: the traceback names the class.
class BadInput(ValueError):
    pass


def parse(s):
    if not s.isdigit():
        raise BadInput(f"not a number: {s!r}")
    return int(s)


print(parse("12"))
parse("1x")
