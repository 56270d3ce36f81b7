# memoryview is a class: isinstance() checks against it work before and
# after the first view is made, and it prints as CPython prints it.
print(isinstance(b"abc", memoryview), issubclass(bytes, (memoryview, str)))
data = bytearray(b"scopewalk")
view = memoryview(data)
print(isinstance(view, memoryview), type(view), memoryview, type(view) is memoryview)
print(isinstance(view[2:5], (bytes, memoryview)), view[2:5].tobytes())


def as_bytes(x):
    if isinstance(x, memoryview):
        return "view", x.tobytes()
    return type(x).__name__, bytes(x)


for item in (b"ab", bytearray(b"cd"), view[:2]):
    print(as_bytes(item))
