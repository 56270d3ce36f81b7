# Why @functools.wraps matters: without it the decorated function forgets its name.
import functools


def plain_logger(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


def logger(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@plain_logger
def greet(name):
    """Say hello."""
    return "Hello, " + name


@logger
def shout(name):
    """Say hello loudly."""
    return "HELLO, " + name.upper()


print(greet("Ada"), "|", greet.__name__, "|", greet.__doc__)
print(shout("Ada"), "|", shout.__name__, "|", shout.__doc__)
print(shout.__wrapped__("bob"))
print(shout.__qualname__, shout.__module__)
