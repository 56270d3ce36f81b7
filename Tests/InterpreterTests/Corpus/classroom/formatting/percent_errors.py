# Mismatched % arguments raise TypeError.
for fmt, args in (("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("x",))):
    try:
        print(fmt % args)
    except TypeError as exc:
        print(exc)
