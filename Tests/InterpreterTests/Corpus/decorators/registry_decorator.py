# A decorator may return the function unchanged after registering it.
registry = []


def register(func):
    registry.append(func.__name__)
    return func


@register
def first():
    return 1


@register
def second():
    return 2


print(registry)
print(first(), second())
print(first.__name__)
