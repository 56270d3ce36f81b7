# split and join.
line = "  alpha beta   gamma  "
print(line.split())
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("a-b-c".rsplit("-", 1))
print("one\ntwo\nthree".splitlines())
print("-".join(["x", "y", "z"]), "".join(reversed("abc")))
print(", ".join(str(n) for n in range(4)))
print("no separators".split("|"))
