# getsource returns the text of a function or class.
import inspect


def greet(name):
    """Say hello."""
    message = f"Hello, {name}!"
    return message


class Counter:
    def __init__(self):
        self.count = 0

    def tick(self):
        self.count += 1


print(inspect.getsource(greet))
print(inspect.getsource(Counter.tick))
lines, start = inspect.getsourcelines(Counter)
print(start, len(lines))
print(lines[0], end="")
