# Lambdas are anonymous single-expression functions.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, x=2))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda pair: pair[1]))
print(square.__name__, (lambda: None)())
