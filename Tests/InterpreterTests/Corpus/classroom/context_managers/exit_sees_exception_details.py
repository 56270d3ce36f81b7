# __exit__ receives the exception type, value and traceback.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type.__name__, exc.args, tb is not None)
        return True


with Inspect():
    int("nope")
print("done")
