# AttributeError messages for several types.
for obj in (5, "s", [1], None, {}):
    try:
        obj.foo
    except AttributeError as exc:
        print(exc)


def f():
    pass


try:
    f.missing
except AttributeError as exc:
    print(exc)
