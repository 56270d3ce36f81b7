# *args collects extra positional arguments into a tuple.
def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)


print(total())
print(total(1, 2, 3))


def label(prefix, *parts):
    return prefix + ":" + "/".join(parts)


print(label("path", "usr", "local", "bin"))
