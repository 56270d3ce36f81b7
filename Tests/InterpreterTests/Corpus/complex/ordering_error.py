# Complex numbers have no order: sorting them fails.
values = [3 + 4j, 1 - 1j, 2j]
print(sorted(values, key=abs))
print(max(values, key=lambda z: z.imag))
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"1j {op} 2j")
    except TypeError as err:
        print("TypeError:", err)
try:
    print(1j < 2)
except TypeError as err:
    print("TypeError:", err)
print(sorted(values))
