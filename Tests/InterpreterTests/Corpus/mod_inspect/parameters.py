# Each Parameter has a name, a kind, a default and an annotation.
import inspect


def f(a, b: int = 2, *rest, flag=False, **extra):
    pass


for name, param in inspect.signature(f).parameters.items():
    default = "(none)" if param.default is param.empty else repr(param.default)
    print(f"{name:6} {str(param.kind):22} {default:7} {param}")
p = inspect.signature(f).parameters["b"]
print(repr(p), p.annotation, p.kind.description)
print(inspect.Parameter.empty)
print(repr(inspect.Parameter.KEYWORD_ONLY))
