# Seed 000 (Real Python, "Scopes and Closures Using Thonny"): the classic
# closure walk-through, with foo/bar/spam renamed to outer/inner/message.
def outer():
    def inner():
        print(message)
    message = "Hello, World!"
    inner()
    message = "Hello again!"
    inner()
    return inner


inner_returned = outer()
inner_returned()
print(inner_returned.__closure__[0].cell_contents)
print(inner_returned.__code__.co_freevars)
