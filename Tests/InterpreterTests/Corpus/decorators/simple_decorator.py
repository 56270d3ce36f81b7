# A decorator replaces a function with a wrapper closure.
def announce(func):
    def wrapper():
        print("before", func.__name__)
        result = func()
        print("after", func.__name__)
        return result
    return wrapper


@announce
def greet():
    print("hello")
    return 42


print(greet())
print(greet.__name__)
print(greet.__code__.co_freevars)
