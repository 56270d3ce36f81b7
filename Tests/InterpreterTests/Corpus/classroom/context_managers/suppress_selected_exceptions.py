# __exit__ returns True only for the exceptions it wants to swallow.
class Ignoring:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("ignored", exc_type.__name__)
            return True
        return False


with Ignoring(KeyError, IndexError):
    {}["missing"]
print("after KeyError")
with Ignoring(KeyError, IndexError):
    [][0]
print("after IndexError")
with Ignoring(KeyError):
    1 / 0
print("never printed")
