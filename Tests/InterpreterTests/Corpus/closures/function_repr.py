# Function reprs show the qualified name (addresses are normalised).
def top():
    def nested():
        pass
    return nested


print(top)
print(top())
print(lambda x: x)
print(repr(top).startswith("<function top at 0x"))
print(str(top) == repr(top))
