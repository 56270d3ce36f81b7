# int() parses strings in other bases.
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
print(int("0xff", 0), int("0o777", 0), int("0b1010", 0), int("42", 0))
print(int("zz", 36), int(" 12 "), int("-0"), int("+5"))
try:
    int("9", 8)
except ValueError as exc:
    print(exc)
