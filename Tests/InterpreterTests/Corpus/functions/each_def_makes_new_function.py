# Each def execution makes a new function object with the same code.
def make():
    def inner():
        return 1
    return inner


a = make()
b = make()
print(a is b, a.__code__ is b.__code__, a == b)
print(a.__name__ == b.__name__)
