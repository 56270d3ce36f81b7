from decimal import Decimal, getcontext
getcontext().prec = 28
principal = Decimal("1000.00")
rate = Decimal("0.05")
for year in range(1, 6):
    principal *= (1 + rate)
    print(year, principal.quantize(Decimal("0.01")))
print(principal)
monthly = Decimal("0.05") / 12
print(monthly)
payment = Decimal("200000") * monthly / (1 - (1 + monthly) ** -360)
print(payment.quantize(Decimal(".01")))
print(Decimal("1.1") ** 2, Decimal(2) ** Decimal(10), Decimal("2") ** -2)
print(Decimal("10") // Decimal("3"), Decimal("-10") // Decimal("3"), Decimal("-10") % Decimal("3"), divmod(Decimal(7), 2))
print(Decimal("1.20") * 3, Decimal("1.20") + Decimal("1.3"))
print(Decimal("0.00001234"), Decimal("1234567890123456789012345678901234567890"))
print(Decimal("1e-7"), Decimal("123E-10"), str(Decimal("0E-8")))
