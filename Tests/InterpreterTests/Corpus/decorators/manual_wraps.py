# Copying __name__, __doc__ and __qualname__ by hand (what functools.wraps does).
def preserve(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


@preserve
def area(w, h):
    """Return the area of a rectangle."""
    return w * h


print(area(3, 4))
print(area.__name__)
print(area.__qualname__)
print(area.__doc__)
print(area.__wrapped__(5, 6))
print(area.__code__.co_name)
