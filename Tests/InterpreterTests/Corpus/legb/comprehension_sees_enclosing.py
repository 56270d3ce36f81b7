# Comprehensions read the enclosing function's locals.
def scale(values, factor):
    offset = 1
    return [v * factor + offset for v in values]


print(scale([1, 2, 3], 10))
print({k: k * k for k in range(4)})
