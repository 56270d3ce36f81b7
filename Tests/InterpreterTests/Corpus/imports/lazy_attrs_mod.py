# corpus: module (imported by import_from_getattr.py)
def __getattr__(name):
    if name == "answer":
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
