from decimal import Decimal

a, b = Decimal('7.5'), Decimal('2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2)
print(-a // b, -a % b, divmod(Decimal(-7), Decimal(2)), Decimal(-7) // 2, -7 // 2)
print(a + 1, 1 + a, 10 - a, 3 * a, 1 / b, 2 ** b)
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'))
print(Decimal(1) / 3 * 3, Decimal(2) / 3)
print(Decimal('1e10') + Decimal('1e-10'))
nums = [Decimal('3.5'), Decimal('1.25'), Decimal('-2'), Decimal('10')]
print(sorted(nums), sum(nums), max(nums), min(nums))
print(sum(nums) / len(nums))
