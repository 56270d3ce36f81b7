# Signature.bind maps arguments to parameters the way a call would.
import inspect


def order(item, quantity=1, *, gift=False):
    pass


sig = inspect.signature(order)
bound = sig.bind("book", gift=True)
print(bound)
print(bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
for args, kwargs in [((), {}), (("a", 2, 3), {}), (("a",), {"color": "red"}), (("a",), {"item": "b"})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(sig.bind_partial(quantity=5))
