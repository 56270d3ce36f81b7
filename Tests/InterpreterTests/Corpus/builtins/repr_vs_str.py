# str() is for people, repr() for programmers.
values = ["text", 42, 3.0, None, [1, "a"], ("t",), {"k": "v"}, True]
for v in values:
    print(str(v), "|", repr(v))
print(str("a\nb"))
print(repr("a\nb"))
