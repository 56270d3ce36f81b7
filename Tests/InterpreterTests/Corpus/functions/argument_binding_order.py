# Arguments are evaluated left to right before the call.
def show(tag):
    print("evaluating", tag)
    return tag


def f(a, b, c):
    return a + b + c


print(f(show("a"), c=show("c"), b=show("b")))
