# One handler for several exception types.
def convert(value):
    try:
        return int(value)
    except (ValueError, TypeError) as exc:
        return f"{type(exc).__name__}: {exc}"


print(convert("12"))
print(convert("twelve"))
print(convert(None))
print(convert([1]))
