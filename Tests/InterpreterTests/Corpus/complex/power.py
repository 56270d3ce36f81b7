# Powers: small integer exponents multiply exactly; others go through polar form.
print((1 + 1j) ** 2, (1 + 1j) ** 3, (1 + 1j) ** -1, (1 + 1j) ** 0)
print(1j ** 2, 1j ** 3, 1j ** 4, 1j ** 100, 1j ** 101)
print((2 + 3j) ** 0.5, (2 + 3j) ** 2.0, (2 + 3j) ** (1 + 1j))
print(2 ** 1j, 2.0 ** (1 - 1j), 1j ** 1j)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5)
print(0j ** 0, 0j ** 2, 0j ** 0.5, pow(3j, 2))
for base in [0j, 0, 0.0]:
    try:
        print(base ** -1j)
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
try:
    print(0j ** -1)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    print((1e200 + 1e200j) ** 0.5j, (10 + 10j) ** 1000.5)
except OverflowError as err:
    print("OverflowError:", err)
print((1e300 + 1e300j) ** 5)
try:
    pow(1j, 2, 3)
except ValueError as err:
    print("ValueError:", err)
