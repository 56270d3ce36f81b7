# Functions return None by default; a tuple returns several values.
def nothing():
    pass


def early(x):
    if x < 0:
        return
    return x * 2


def divide(a, b):
    return a // b, a % b


print(nothing(), early(-1), early(4))
q, r = divide(17, 5)
print(q, r, divide(9, 3))
