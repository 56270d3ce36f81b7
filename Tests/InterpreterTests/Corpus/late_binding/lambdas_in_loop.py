# Every lambda reads i after the loop ended.
funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])
