# The bound exception object: str, repr, args and type name.
try:
    {}["missing"]
except KeyError as exc:
    print(str(exc))
    print(repr(exc))
    print(exc.args)
    print(type(exc).__name__)
try:
    raise ValueError("bad", 42)
except ValueError as exc:
    print(exc)
    print(repr(exc))
    print(exc.args[1])
