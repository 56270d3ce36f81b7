# split and subgroup keep the structure of nested groups.
eg = ExceptionGroup("outer", [
    ValueError(1),
    ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
    KeyError(4),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
print(eg.split(lambda e: True)[0] is eg)
print(eg.split((TypeError, KeyError)))
m, r = eg.split(ExceptionGroup)
print(m is eg, r)
inner = eg.exceptions[1]
print(inner.message, inner.exceptions)
try:
    eg.split(42)
except TypeError as e:
    print(e)
eg.add_note("a note")
m, r = eg.split(KeyError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
print(m.__suppress_context__, eg.__suppress_context__)
