# Calling each lambda as the generator produces it sees the current value.
gen = (lambda: i for i in range(3))
print([f() for f in gen])
lst = [lambda: j for j in range(3)]
print([f() for f in lst])
