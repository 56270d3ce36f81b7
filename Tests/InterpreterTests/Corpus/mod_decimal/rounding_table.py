from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP
vals = ["2.5", "3.5", "-2.5", "2.675", "1.005", "-0.125"]
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(Decimal(v).quantize(Decimal("0.1"), rounding=mode)) for v in vals])
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")))
print(Decimal("123.456").quantize(Decimal("1E+1")))
print(Decimal("1.23456789").scaleb(2), Decimal("12.3").adjusted())
print(Decimal(2).compare(Decimal(3)), Decimal("1.0").compare_total(Decimal("1.00")))
print(max(Decimal("1.0"), Decimal("1.00")), min(Decimal(2), 1))
print(sorted([Decimal("3"), 2, 1.5, Decimal("0.5")]))
