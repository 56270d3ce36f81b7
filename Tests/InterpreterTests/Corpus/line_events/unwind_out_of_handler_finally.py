# A return/break/continue leaving an except handler or an exception-path
# finally body, then an outer finally that raises: the raise must leave the
# function at once, not re-enter the handler's or the finally's cleanup (the
# outer finally body used to run twice).
def from_handler(a):
    try:
        raise ZeroDivisionError
    except Exception as e:
        try:
            assert a != 4, a
        finally:
            return "inner"
    finally:
        raise KeyError('k')


def from_unnamed_handler(a):
    try:
        raise ZeroDivisionError
    except Exception:
        return a
    finally:
        if a:
            raise KeyError('unnamed')


def from_finally_path(a):
    try:
        try:
            raise ValueError(a)
        finally:
            return a
    finally:
        raise KeyError('outer')


def loop(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            try:
                pass
            finally:
                if i == 1:
                    break
                continue
        finally:
            print("outer", i)
    return i


for f in (from_handler, from_unnamed_handler, from_finally_path):
    try:
        f(1)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(loop(3))
