# commands: s*30
def shout(fn):
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ann"))
