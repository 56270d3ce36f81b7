# __getattr__ runs only for missing attributes; __getattribute__ runs for every read.
class Lazy:
    def __init__(self):
        self.real = "present"

    def __getattr__(self, name):
        return f"<computed {name}>"


class Audited:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        print("  reading", name)
        if name == "secret":
            raise AttributeError("no secrets here")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


def demo():
    # (kept out of the module's globals: a tracer's isinstance() checks on
    # globals would read __class__ through __getattribute__ too)
    a = Audited()
    print(a.value)
    print(a.secret)
    print(hasattr(a, "value"))


lazy = Lazy()
print(lazy.real, lazy.missing, getattr(lazy, "other"))
demo()
