# The wrapper forwards positional and keyword arguments.
def log_args(func):
    def wrapper(*args, **kwargs):
        print("args:", args, "kwargs:", kwargs)
        return func(*args, **kwargs)
    return wrapper


@log_args
def describe(name, age=0, *, city="?"):
    return f"{name}, {age}, {city}"


print(describe("Ann"))
print(describe("Bob", 31, city="Oslo"))
