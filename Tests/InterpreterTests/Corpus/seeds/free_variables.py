# Seed 004, "Free Variables": co_freevars names the variables a closure
# reads from its enclosing function.
def greeting_generator():
    free_var1 = "Hello"
    free_var2 = "there"

    def greet_fn():
        print(f"{free_var1} {free_var2}!")

    return greet_fn


greet = greeting_generator()
greet()
print("My free variables are:", greet.__code__.co_freevars)
