# str and repr of builtin functions and types.
print(len, abs)
print(int, str, list, dict, type)
print(repr(None), str(None))
print(type(print), type(type))
