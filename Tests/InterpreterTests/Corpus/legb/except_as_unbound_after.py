# The name bound by `except ... as` is deleted at the end of the handler.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
try:
    print(e)
except NameError as exc:
    print("after:", exc)
