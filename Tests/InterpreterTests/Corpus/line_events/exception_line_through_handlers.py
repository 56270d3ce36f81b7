# An exception raised inside an except handler (or a finally body) leaves the
# frame at the line that raised, also through a with statement's exit.
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def inner(a):
    with Quiet():
        try:
            a = 1 // a
        except ZeroDivisionError:
            if a == 0:
                raise KeyError('k')

def unmatched(a):
    with Quiet():
        try:
            a = [1][a]
        except ValueError:
            pass

for f in (inner, unmatched):
    try:
        f(0 if f is inner else 3)
    except Exception as e:
        print(f.__name__, type(e).__name__, e.__traceback__.tb_next.tb_lineno)
