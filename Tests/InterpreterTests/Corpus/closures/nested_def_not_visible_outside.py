# An inner function's name is local to its enclosing function.
def outer():
    def helper():
        return "helper ran"
    return helper()


print(outer())
try:
    helper()
except NameError as exc:
    print("NameError:", exc)
