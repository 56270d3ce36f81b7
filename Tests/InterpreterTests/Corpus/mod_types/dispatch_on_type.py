# Dispatching on the kind of callable with the types module
import types


class Box:
    def open(self):
        return "opened"


def kind(obj):
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, types.FunctionType):
        return "function"
    if isinstance(obj, types.GeneratorType):
        return "generator"
    return "other"


gen = (n * n for n in range(3))
for thing in [print, kind, gen, Box, 42]:
    print(kind(thing))
print(list(gen))
