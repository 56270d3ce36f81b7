# A lesson file saved on Windows (CRLF line ends): every line must step on its own,
# tracebacks must show the source line, docstrings and triple-quoted strings keep "\n".
def area(w, h):
    """Area of a rectangle.

    >>> area(2, 3)
    6
    """
    return w * h

x = area(2, 3)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print(x, area.__doc__.count("\r"))
s = """multi
line"""
print(repr(s))
def bad(n):
    if n > 1:
        return bad(n - 1)
    raise ValueError("boom at %d" % n)
import re
import traceback
try:
    bad(2)
except ValueError:
    print(re.sub(r'File ".*?(\w+\.py)"', r'File "\1"', traceback.format_exc()))
bad(3)
