# Decorators apply to the generic function as to any function.
def shout(f):
    def wrapper(*args):
        return str(f(*args)).upper()
    return wrapper


@shout
def echo[T](value: T) -> T:
    return value


print(echo("hi"))
print(echo.__name__)
