# The enclosing variable may be assigned after the inner function is defined,
# as long as it is bound before the inner function runs.
def outer():
    def bump():
        nonlocal n
        n += 1
    n = 10
    bump()
    bump()
    return n


print(outer())
