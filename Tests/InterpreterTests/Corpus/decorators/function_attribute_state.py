# Keeping state in an attribute of the wrapper function.
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    return x * x


for i in range(4):
    square(i)
print(square.calls)
print(hasattr(square, "calls"), getattr(square, "missing", "no such attribute"))
