# __exit__ returning False lets the exception propagate.
class Logged:
    def __enter__(self):
        print("opening")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__ if exc_type else None)
        return False


try:
    with Logged():
        raise KeyError("missing")
except KeyError as exc:
    print("propagated:", repr(exc))
with Logged():
    [].pop()
