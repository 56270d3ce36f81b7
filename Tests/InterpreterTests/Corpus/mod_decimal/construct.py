from decimal import Decimal

print(Decimal('3.14'), Decimal(' -42 '), Decimal('1_000_000'), Decimal('1e3'), Decimal('1.5E-7'))
print(Decimal(42), Decimal(-7), Decimal(True), Decimal(2 ** 80))
print(Decimal(0.5), Decimal(1.1), Decimal(-2.0), Decimal(float('inf')))
print(Decimal((0, (3, 1, 4), -2)), Decimal((1, (1, 0), 3)), Decimal((0, (), 'F')))
print(Decimal.from_float(0.25), Decimal(Decimal('9.90')))
print(Decimal('0.000001'), Decimal('0.0000001'), Decimal('123E+2'), Decimal('-0.00'))
print(Decimal('12.50').as_tuple())
print(Decimal('-0.005').as_tuple(), Decimal('inf').as_tuple())
print(Decimal('1.5').as_integer_ratio(), Decimal('-0.125').as_integer_ratio())
for bad in ([1, 2], None, (0, (1, 10), 0)):
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
