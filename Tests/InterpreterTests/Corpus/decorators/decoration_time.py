# The decorator runs when the def executes, not when the function is called.
def loud(func):
    print("decorating", func.__name__)
    return func


print("before def")


@loud
def f():
    print("f called")


print("after def")
f()
