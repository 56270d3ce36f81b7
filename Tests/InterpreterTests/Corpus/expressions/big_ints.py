# Python integers have no fixed size.
big = 2 ** 64
print(big, big - 1, big * big)
print(-(3 ** 40))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(int("123456789012345678901234567890") + 1)
print(12345678901234567890 * 98765432109876543210)
print(abs(-2 ** 70), str(2 ** 70)[::-1])
