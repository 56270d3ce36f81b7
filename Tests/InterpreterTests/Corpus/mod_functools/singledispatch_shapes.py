# singledispatch picks an implementation by the type of the first argument.
from functools import singledispatch


@singledispatch
def describe(value):
    return f"something: {value!r}"


@describe.register
def _(value: int):
    return f"an int, doubled {value * 2}"


@describe.register(list)
def _(value):
    return f"a list of {len(value)} items"


def describe_str(value):
    return f"a string of length {len(value)}"


describe.register(str, describe_str)

print(describe(21))
print(describe(True))
print(describe([1, 2, 3]))
print(describe("hello"))
print(describe(3.5))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__)
print(describe.__name__)

try:
    describe()
except TypeError as e:
    print("TypeError:", e)
