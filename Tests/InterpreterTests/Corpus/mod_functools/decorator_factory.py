# A decorator that takes arguments, keeping the wrapped function's identity with @wraps.
import functools


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorate


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@repeat(3)
def roll(sides):
    """Pretend to roll a die."""
    return sides


@count_calls
def hello(name):
    return "hi " + name


print(roll(6), roll.__name__, roll.__doc__)
print(hello("a"), hello("b"), hello.calls, hello.__name__)
print(hello.__wrapped__("c"), hello.calls)
