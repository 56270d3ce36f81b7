from decimal import Decimal, getcontext

print(getcontext().prec)
print(Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
print(Decimal(2).sqrt())
print(Decimal('123456789') + 0, Decimal('123456789'))
print(Decimal('1.23456789') * 1)
getcontext().prec = 50
print(Decimal(2).sqrt())
print(Decimal(1).exp())
getcontext().prec = 28
print(Decimal(10) ** 30)
print(Decimal(2) ** 100)
