# NameError messages for a missing global and a deleted local.
try:
    print(nothing_here)
except NameError as exc:
    print(exc)


def f():
    temp = 1
    del temp
    return temp


try:
    f()
except UnboundLocalError as exc:
    print(exc)
