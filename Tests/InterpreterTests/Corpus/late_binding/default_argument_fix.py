# A default argument captures the value at definition time.
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])
print(funcs[1].__defaults__)
print(funcs[1](7))
