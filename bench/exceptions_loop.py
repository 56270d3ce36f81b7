# Exceptions raised and caught in a loop: a user exception hierarchy,
# try/except/else/finally, re-raise with `from`, built-in errors.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(f"bad input {text!r} at {pos}")
        self.pos = pos


def parse(text):
    if not text.isdigit():
        raise ParseError(text, len(text))
    return int(text)


def checked(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise AppError("missing") from e


def never_called():
    return "unreachable"


def run(n):
    inputs = ["12", "x3", "7", "", "99", "4a"]
    table = {"a": 1, "b": 2}
    good = bad = missing = zero = cleanups = 0
    for i in range(n):
        try:
            good += parse(inputs[i % 6])
        except ParseError as e:
            bad += e.pos
        else:
            good += 1
        finally:
            cleanups += 1
        try:
            checked(table, "abc"[i % 3])
        except AppError:
            missing += 1
        try:
            zero += 10 // (i % 4)
        except ZeroDivisionError:
            zero -= 1
    return good, bad, missing, zero, cleanups


N = 150000  # bench: scale quick=1500
print(run(N))
# bench: never-hit breakpoint at line 29
