# Raising a class instantiates it with no arguments.
try:
    raise ValueError
except ValueError as exc:
    print(repr(exc), exc.args, str(exc) == "")
try:
    raise ValueError()
except ValueError as exc:
    print(repr(exc))
