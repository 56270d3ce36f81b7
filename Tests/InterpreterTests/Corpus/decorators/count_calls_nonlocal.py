# The wrapper counts calls in a nonlocal variable.
def count_calls(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {func.__name__}")
        return func(*args, **kwargs)
    return wrapper


@count_calls
def add(a, b):
    return a + b


print(add(1, 2))
print(add(b=5, a=10))
print(add.__closure__[0].cell_contents)
