# @deco is the same as f = deco(f).
def trace(func):
    def wrapper(x):
        print("->", func.__name__, x)
        return func(x)
    return wrapper


def double(x):
    return x * 2


plain = double
double = trace(double)
print(double(21))
print(plain(21))
print(double.__closure__[0].cell_contents is plain)
