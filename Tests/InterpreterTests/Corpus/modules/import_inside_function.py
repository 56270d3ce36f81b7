# import inside a function binds a local name.
def circle_area(r):
    import math
    return math.pi * r * r


print(round(circle_area(2), 4))
print(circle_area.__code__.co_varnames)
try:
    math.pi
except NameError as exc:
    print(exc)
