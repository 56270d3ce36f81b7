# A function with no free variables has __closure__ None, even when nested.
def outer():
    x = 1

    def uses_x():
        return x

    def uses_nothing():
        return 2
    return uses_x, uses_nothing


a, b = outer()
print(a.__closure__ is None, b.__closure__ is None)
print(b.__code__.co_freevars)


def top():
    pass


print(top.__closure__)
