from decimal import Decimal

print(0.1 + 0.2)
print(Decimal('0.1') + Decimal('0.2'))
print(0.1 + 0.2 == 0.3, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(Decimal(0.1))
print(repr(Decimal('1.10')), Decimal('1.10') * 3)
total = Decimal('0')
for _ in range(10):
    total += Decimal('0.1')
print(total, total == 1)
print(sum([Decimal('0.01')] * 100))
