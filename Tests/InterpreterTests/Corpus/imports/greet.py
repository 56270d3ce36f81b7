# corpus: module
"""A student's helper module."""
print("greet.py runs once, __name__ =", __name__)
greeting = "Hello"
_secret = 42
def hello(name):
    return f"{greeting}, {name}!"
def shout(name):
    return hello(name).upper()
if __name__ == "__main__":
    print("this only runs as a script")
