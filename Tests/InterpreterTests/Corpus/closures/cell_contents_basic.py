# A closure's cell holds the current value of the captured variable.
def make_greeter(name):
    def greet():
        return "Hello, " + name
    return greet


g = make_greeter("Ada")
print(g())
print(len(g.__closure__))
print(g.__closure__[0].cell_contents)
print(type(g.__closure__[0]).__name__)
