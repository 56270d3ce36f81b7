# An exception raised while handling another records it as __context__.
try:
    try:
        [].pop()
    except IndexError:
        {}["key"]
except KeyError as exc:
    print(repr(exc))
    print(repr(exc.__context__))
    print(exc.__cause__)
