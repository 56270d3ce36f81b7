# Values that count as false in conditions.
for value in (0, 0.0, "", [], (), {}, None, False, 1, "0", [0], -1):
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
