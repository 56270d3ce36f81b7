# Building groups: CPython's checks and messages.
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [(1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]), ("x",),
             ("x", [ValueError()], 3), ("x", [SystemExit()])]:
    try:
        ExceptionGroup(*args)
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("x", [ValueError()], extra=1)
except TypeError as e:
    print(e)
g = ExceptionGroup("tuple", (ValueError(1),))
print(repr(g), g.args, type(g.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError()])), "|", str(ExceptionGroup("two", [ValueError(), KeyError()])))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
