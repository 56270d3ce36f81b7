# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kind):
            print("suppressed", exc_type.__name__, "-", exc)
            return True
        return False


with Suppress(ZeroDivisionError):
    print("dividing")
    1 / 0
    print("not reached")
print("continues")
