# A return whose value spans lines, leaving a try/except inside a with:
# CPython's POP_BLOCK for the try keeps the return's line, so the return
# line reports again before the with's exit runs.
class CM:
    def __enter__(self):
        return 1
    def __exit__(self, *exc):
        return False
def check(b):
    with CM() as a:
        try:
            return (b != 0
                    and b != 1)
        except ValueError:
            pass
print(check(2), check(0))
