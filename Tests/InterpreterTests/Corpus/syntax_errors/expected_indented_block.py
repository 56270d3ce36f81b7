# A def with no indented body.
print("never printed")


def f():
return 1
