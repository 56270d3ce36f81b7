# A decorator that checks arguments and raises.
def positive(func):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f"{func.__name__} needs a positive number, got {x}")
        return func(x)
    return wrapper


@positive
def root(x):
    return x ** 0.5


print(root(16))
try:
    root(-4)
except ValueError as exc:
    print(exc)
root(0)
