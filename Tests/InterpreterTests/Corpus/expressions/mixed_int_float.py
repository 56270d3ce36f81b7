# Mixing ints and floats gives floats.
print(1 + 2.0, 3 * 1.5, 7 // 2.0, -7 % 3.0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1 == 1.0, 2 ** 0.0, int(7.9), int(-7.9))
print(round(2.5), round(3.5), round(-0.5))
print(float(10 ** 20), 10 ** 20 / 3)
