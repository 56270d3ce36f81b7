# Precedence of arithmetic, comparison and boolean operators.
print(2 + 3 * 4, (2 + 3) * 4)
print(-3 ** 2, 2 * 3 ** 2)
print(1 + 2 > 2 and not 3 < 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3)
print(5 & 3 | 8, 1 + 2 << 1)
print(not 1 == 2, 7 % 3 * 2)
