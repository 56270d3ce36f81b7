# If __enter__ raises, __exit__ is not called and the body never runs.
class Locked:
    def __enter__(self):
        print("trying to enter")
        raise PermissionError("locked")

    def __exit__(self, *exc):
        print("exit (never printed)")


class Fine:
    def __enter__(self):
        print("enter fine")

    def __exit__(self, *exc):
        print("exit fine", exc[0].__name__)


try:
    with Fine(), Locked():
        print("body (never printed)")
except PermissionError as e:
    print("PermissionError:", e)
