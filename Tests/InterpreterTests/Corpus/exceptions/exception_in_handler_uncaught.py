# An error inside an except block: the new exception is reported last.
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    undefined_function()
