# Converting between int, float and str.
print(int(3.99), int(-3.99), int("  42 "), int("-7"), int("0x1f", 16), int("1_000"))
print(float("2.5"), float(" -1e3 "), float(7), float("inf"))
print(str(42), str(4.0), str(-0.5), str(True))
print(int(True), float(False), bool(0.0), bool("False"))
print(int("101", 2), int("z", 36), int("0o17", 0), int("0b11", 0))
print(round(3.14159, 2), round(1234.5, -2), round(7))
