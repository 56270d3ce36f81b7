# Arithmetic mixing complex with int, float, bool and big ints.
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w)
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z)
print(z + True, False * z, z * 10**20, 10**20 + z)
print(-z, +z, abs(z), abs(w), abs(-5j))
total = 0
for k in range(1, 4):
    total += k * 1j
    print(k, total)
print(sum([1j, 2, 3.5, 2 - 1j]))
print(sum([0.5j, 0.25j], 1))
x = 2j
x *= 3
x -= 1
x /= 2
print(x)
print(1j * 1j == -1, (1 + 1j) * (1 - 1j))
print(1e308j * 10, (1e200 + 1e200j) * (1e200 + 1e200j))
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as err:
    print("OverflowError:", err)
