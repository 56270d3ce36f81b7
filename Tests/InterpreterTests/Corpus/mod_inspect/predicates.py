# The is* predicates tell kinds of objects apart.
import inspect
import math


def plain():
    pass


def counter():
    yield 1


class Box:
    def open(self):
        pass


checks = [("function", plain), ("generator function", counter), ("generator", counter()),
          ("builtin", len), ("class", Box), ("bound method", Box().open),
          ("module", math), ("lambda", lambda: 0)]
for label, obj in checks:
    print(f"{label:18}", inspect.isfunction(obj), inspect.isgeneratorfunction(obj),
          inspect.isgenerator(obj), inspect.isbuiltin(obj), inspect.isclass(obj),
          inspect.ismethod(obj), inspect.ismodule(obj), inspect.isroutine(obj))
