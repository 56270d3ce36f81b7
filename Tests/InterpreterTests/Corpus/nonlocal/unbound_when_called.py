# Calling the inner function before the enclosing variable is bound fails.
def outer():
    def bump():
        nonlocal n
        n += 1
    bump()
    n = 0


outer()
