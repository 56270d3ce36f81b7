# Seed 004, "How Do Closures Work?": a function that reads a non-local name has
# a __closure__ tuple of cells; one that does not has __closure__ None.
# The cell repr contains memory addresses (normalised by the tests).
def returns_a_closure():
    message = "Hello, I'm a variable in returns_a_closure()."

    def i_am_a_closure():
        print(message)

    return i_am_a_closure


def returns_a_function():
    def i_am_just_a_function():
        print("Hello, I'm just a message directly from i_am_just_a_function().")

    return i_am_just_a_function


cl = returns_a_closure()
fn = returns_a_function()

print(cl.__closure__)
print(fn.__closure__)
cl()
fn()
