# inspect.signature describes how a function can be called.
import inspect


def connect(host, port=80, *args, timeout, retries: int = 3, **options) -> bool:
    return True


sig = inspect.signature(connect)
print(sig)
print(repr(sig))
print(list(sig.parameters))
print(sig.return_annotation)
print(inspect.signature(lambda x, /, y, *, z=0: None))
print(inspect.signature(lambda: None), inspect.signature(lambda *a, **k: None))
