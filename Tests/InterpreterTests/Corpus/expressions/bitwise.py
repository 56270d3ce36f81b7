# Bitwise operators on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -16 >> 2)
print(-5 & 0xFF, -1 ^ 7)
print(bin(a & b), bin(a | b))
print(1 << 70)
