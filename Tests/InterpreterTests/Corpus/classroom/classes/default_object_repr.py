# The default repr names the class and an address (normalised).
class Thing:
    pass


t = Thing()
print(t)
print(repr(t).startswith("<__main__.Thing object at 0x"))
print(Thing)
print(Thing.__name__, Thing.__qualname__, Thing.__module__)
