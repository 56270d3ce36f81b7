# Generic "pretty" function: one implementation per type, chosen at call time.
import functools


class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


@functools.singledispatch
def pretty(obj):
    return repr(obj)


@pretty.register
def _(obj: float):
    return f"{obj:.2f}"


@pretty.register
def _(obj: dict):
    return "{" + ", ".join(f"{k}={pretty(v)}" for k, v in obj.items()) + "}"


@pretty.register
def _(obj: Animal):
    return f"<{type(obj).__name__} {obj.name}>"


print(pretty(3.14159))
print(pretty({"pi": 3.14159, "n": 3, "pet": Dog("Rex")}))
print(pretty(Animal("Generic")), pretty(Dog("Fido")))
print(pretty("text"), pretty([1.5]))
print(pretty.dispatch(Dog) is pretty.dispatch(Animal))
print(sorted(c.__name__ for c in pretty.registry))
