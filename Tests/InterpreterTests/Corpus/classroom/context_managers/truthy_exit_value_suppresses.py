# Any truthy value returned by __exit__ suppresses the exception.
class Returns:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.value


for v in [1, "yes", [0], 0, "", None]:
    try:
        with Returns(v):
            raise LookupError(repr(v))
        print(repr(v), "suppressed")
    except LookupError as e:
        print(e, "propagated")
