# A return whose value spans lines, leaving try/finally, with and for blocks:
# CPython reports the return's line again before the finally body runs.
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def in_finally(a, b):
    try:
        return (b
                or a)
    finally:
        a = 1


def nested_finally(a, b):
    try:
        try:
            return (b
                    or a)
        finally:
            b = 2
    finally:
        a = 3


def in_with_and_for(a, b):
    with Quiet():
        for i in range(2):
            return (b
                    or a + i)


def plain(a, b):
    return (b
            or a)


print(in_finally(1, 0), nested_finally(1, 0), in_with_and_for(1, 0), plain(1, 0))
