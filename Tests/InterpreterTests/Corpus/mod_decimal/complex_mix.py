from decimal import Decimal
d = Decimal("1.5")
for op in [lambda: d + 1j, lambda: 1j + d, lambda: d * 2j, lambda: d / 1j, lambda: d - 1j,
           lambda: d ** 1j, lambda: d < 1j, lambda: d == 1j, lambda: d == 1.5, lambda: d // 1j,
           lambda: d % 1j, lambda: divmod(d, 1j), lambda: Decimal(1j), lambda: d + 1.5,
           lambda: complex(d), lambda: d < 2.0, lambda: abs(-d), lambda: round(d), lambda: round(d, 1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
