# A class body inside a function reads the function's variables, and its
# methods do too, through the function's cells.
def make(prefix):
    suffix = "!"

    class Greeter:
        greeting = prefix + " there" + suffix

        def greet(self, name):
            return prefix + ", " + name + suffix
    return Greeter


G = make("Hi")
print(G.greeting)
print(G().greet("Ann"))
print(G.greet.__code__.co_freevars)
