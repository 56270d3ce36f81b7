# Calling without a required argument.
def greet(greeting, name):
    return greeting + ", " + name


print(greet("Hi", "Ann"))
greet("Hi")
