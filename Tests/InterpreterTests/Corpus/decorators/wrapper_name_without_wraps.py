# Without copying attributes, the decorated function is called "wrapper".
def deco(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@deco
def original():
    """docstring"""
    return "ran"


print(original())
print(original.__name__)
print(original.__qualname__)
print(original.__doc__)
print(original)
