# update_wrapper is what @wraps calls: it copies identity attributes onto the wrapper.
import functools

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def area(width, height):
    """Area of a rectangle."""
    return width * height


area.units = "cm2"


def checked(*args):
    if any(a < 0 for a in args):
        raise ValueError("negative size")
    return area(*args)


print(checked.__name__, checked.__doc__)
result = functools.update_wrapper(checked, area)
print(result is checked)
print(checked.__name__, "|", checked.__doc__, "|", checked.units)
print(checked.__wrapped__ is area, checked(3, 4))

try:
    checked(-1, 2)
except ValueError as e:
    print("ValueError:", e)
