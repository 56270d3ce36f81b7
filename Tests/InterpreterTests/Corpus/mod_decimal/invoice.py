from decimal import Decimal, ROUND_HALF_UP, getcontext
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
subtotal = sum(prices)
print(subtotal, repr(subtotal))
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("tax", tax)
print("total", subtotal + tax)
print(f"{subtotal:.2f} {subtotal:>10.3f} {subtotal:,}")
print(Decimal("1") / Decimal("7"))
getcontext().prec = 6
print(Decimal("1") / Decimal("7"))
print(Decimal(0.1))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal("10").sqrt(), Decimal("2").ln(), Decimal("100").log10())
print(Decimal("-0"), Decimal("1E+3"), Decimal("1e3").normalize(), Decimal("100").normalize())
print(Decimal("3.14159").as_tuple())
print(Decimal("7.5").to_integral_value(), int(Decimal("-7.9")), float(Decimal("2.5")))
