# A decorator factory: repeat(n) returns the real decorator.
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(func(*args))
            return results
        return wrapper
    return decorator


@repeat(3)
def shout(word):
    return word.upper() + "!"


print(shout("hey"))
print(shout.__code__.co_freevars)
print([type(c.cell_contents).__name__ for c in shout.__closure__])
