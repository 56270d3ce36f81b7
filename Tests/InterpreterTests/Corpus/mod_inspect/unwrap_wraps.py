# unwrap follows __wrapped__ back to the original function.
import functools
import inspect


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(width, height=1):
    return width * height


print(area(3, 4))
print(inspect.signature(area))
print(inspect.unwrap(area) is area.__wrapped__)
print(inspect.signature(area, follow_wrapped=False))
