# f-string expressions follow the normal scope rules.
greeting = "Hello"


def make(name):
    punct = "!"

    def say():
        return f"{greeting}, {name}{punct}"
    return say


f = make("Ada")
print(f())
print(f.__code__.co_freevars)
