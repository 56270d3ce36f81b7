# @contextmanager: code before `yield` runs on entry, code after it on exit.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("p") as shout:
    print("hello from", shout)

with tag("ul"):
    for item in ["tea", "milk"]:
        with tag("li"):
            print(item)

manager = tag("em")
print(type(manager).__name__)
with manager as value:
    print(value)
