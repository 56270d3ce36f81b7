# Dividing by a complex zero.
print((1 + 2j) / (1 + 1j))
print(1 / 2j, 1j / 1e-300)
try:
    1 / 0j
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
z = 1 + 2j
w = z - z
print(z / w)
