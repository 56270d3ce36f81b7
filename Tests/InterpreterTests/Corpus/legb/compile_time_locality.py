# Locality is decided when the function is compiled, not when it runs.
x = "global"


def f(assign):
    if assign:
        x = "local"
    return x


print(f(True))
try:
    print(f(False))
except UnboundLocalError as exc:
    print(exc)
print(f.__code__.co_varnames)
