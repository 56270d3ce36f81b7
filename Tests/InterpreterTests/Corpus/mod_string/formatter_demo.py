# string.Formatter does what str.format does, step by step
import string


def fmt(text, *args, **kwargs):
    return string.Formatter().format(text, *args, **kwargs)


print(fmt("{} + {} = {}", 2, 3, 5))
print(fmt("{name:>8}|{0:.2f}", 3.14159, name="pi"))
print(fmt("{p[0]} {p[1]}", p=("x", "y")))
for literal, field, spec, conv in string.Formatter().parse("Hi {name!r:>5}, {{ok}}"):
    print(repr(literal), field, repr(spec), conv)
try:
    fmt("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
