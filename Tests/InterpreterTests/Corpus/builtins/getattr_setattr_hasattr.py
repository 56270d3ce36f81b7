# getattr, setattr, hasattr and delattr on a function object.
def handler():
    return "handled"


setattr(handler, "priority", 3)
print(getattr(handler, "priority"), handler.priority)
print(hasattr(handler, "priority"), hasattr(handler, "missing"))
print(getattr(handler, "missing", "fallback"))
print(getattr(handler, "__name__"), getattr("text", "upper")())
delattr(handler, "priority")
print(hasattr(handler, "priority"))
try:
    getattr(handler, "priority")
except AttributeError as exc:
    print(exc)
