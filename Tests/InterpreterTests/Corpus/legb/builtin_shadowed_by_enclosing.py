# An enclosing variable named print hides the builtin from inner functions.
def outer():
    def print(*args):
        builtin_print("[wrapped]", *args)

    def inner():
        print("hello from inner")
    inner()


builtin_print = print
outer()
print("module print is untouched")
