# An exception raised inside __exit__ replaces the one from the body.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__ if exc_type else None)
        raise RuntimeError("cleanup failed")


try:
    with Faulty():
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
with Faulty():
    print("body ok")
