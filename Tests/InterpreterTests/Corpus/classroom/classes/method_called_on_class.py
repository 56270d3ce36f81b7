# Calling an instance method through the class needs an explicit instance.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting):
        return f"{greeting}, {self.name}"


g = Greeter("Bo")
print(Greeter.greet(g, "Hi"))
print(g.greet)
print(g.greet("Hello"))
Greeter.greet("Hey")
