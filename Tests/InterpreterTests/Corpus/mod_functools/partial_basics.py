# partial freezes some arguments of a function.
import functools


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(5), cube(2))

parse_binary = functools.partial(int, base=2)
print(parse_binary("1010"), parse_binary("111"))

two_to = functools.partial(power, 2)
print([two_to(n) for n in range(6)])

print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)
print(square)
print(functools.partial(power, 3, exponent=4))
print(square(5, exponent=10))

nested = functools.partial(functools.partial(power, 2), exponent=5)
print(nested(), nested.args, nested.keywords)
