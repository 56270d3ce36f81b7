# Calling something that is not a function.
def f():
    return 10


x = f()
print(x)
x()
