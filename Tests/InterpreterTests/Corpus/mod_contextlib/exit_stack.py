# ExitStack unwinds many context managers and callbacks in reverse order.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("open", name)
    yield name
    print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback registered last, runs first")
    print("using", names)

with ExitStack() as stack:
    stack.enter_context(resource("kept"))
    moved = stack.pop_all()
print("stack exited; kept is still open")
moved.close()


def seen(exc_type, exc, tb):
    print("exit callback saw", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(seen)
    raise RuntimeError("suppressed by the pushed callback")
print("after suppressed error")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
