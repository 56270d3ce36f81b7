# Deep but legal source parses and runs; operator chains are flat lists.
n = 0
src = "-" * 2000 + "1"
print(eval(src))
print(eval("not " * 3001 + "1"))
print(eval("1 if 0 else " * 500 + "2"))
print(eval(" or ".join(["0"] * 5000) + " or 7"))
print(eval(" and ".join(["1"] * 5000)))
print(eval("+".join(["1"] * 900)))
print(eval("1 ** " * 300 + "2"))
f = eval("lambda: " * 200 + "42")
for _ in range(200):
    f = f()
print(f)
print(eval("[" * 90 + "]" * 90))
x = 5
print(eval("x < " * 1000 + "x"))
