# Lambdas made in a list comprehension share the comprehension's variable.
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
fixed = [lambda m=m: m for m in range(3)]
print([f() for f in fixed])
