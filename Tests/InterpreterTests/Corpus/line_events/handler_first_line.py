# An exception handler starts with code that has no line: its first line is
# reported, and a `finally` whose first statement tests a condition on a later
# line reports that line first.
def f(a, b):
    try:
        try:
            assert b > 2, 'm'
        except ZeroDivisionError:
            a = 1
        finally:
            b = (b
                 if b >= 3 else
                 -b)
            a = a // (b - 1)
    except Exception as e:
        print(type(e).__name__, a, b)
    for i in range(3):
        try:
            if i == 1:
                continue
            a = a // (i - 2)
        except ZeroDivisionError: a = 0
    return a

print(f(1, 1))
print(f(4, 3))
