# closing() calls close(); classes can be context managers and decorators too.
from contextlib import closing, AbstractContextManager, ContextDecorator


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Connection("db")) as conn:
    print("using", conn.name)


class Indent(AbstractContextManager):
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Indent.level -= 1

    def say(self, text):
        print("  " * Indent.level + text)


with Indent() as a:
    a.say("one")
    with Indent() as b:
        b.say("two")
    a.say("back")


class announce(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("finish")
        return False


@announce()
def compute(x):
    print("computing", x)
    return x * x


print(compute(6))
with announce():
    print("as a with block")
