# **kwargs collects extra keyword arguments into a dict.
def describe(**attrs):
    for key, value in attrs.items():
        print(key, "=", value)
    return len(attrs)


print(describe(name="cell", contents=42))


def everything(a, *args, b=1, **kwargs):
    return a, args, b, kwargs


print(everything(1, 2, 3, b=4, c=5, d=6))
