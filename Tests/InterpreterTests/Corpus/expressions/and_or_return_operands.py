# and / or return one of their operands, not necessarily a bool.
print(0 or "default", "" or [] or None)
print(3 and 4, 0 and 4, [] and "unreached")
print("x" or "y", None or 0)
print(not 0, not "text")
name = ""
print(name or "anonymous")


def side(v):
    print("called", v)
    return v


print(side(0) and side(1))
print(side(2) or side(3))
