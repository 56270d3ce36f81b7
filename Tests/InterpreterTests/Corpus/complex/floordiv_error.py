# // and % are not defined for complex numbers.
z = 7 + 2j
for op in ["//", "%"]:
    for a, b in [("z", "2"), ("2", "z"), ("z", "z"), ("z", "2.0")]:
        try:
            eval(f"{a} {op} {b}")
        except TypeError as err:
            print("TypeError:", err)
try:
    z //= 2
except TypeError as err:
    print("TypeError:", err)
print(z % 3)
