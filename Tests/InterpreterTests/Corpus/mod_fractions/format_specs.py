from fractions import Fraction as F
for spec in ["", ">10", "<8", "^9", "*^11", "+", "#", "10,", "_", "=+10", "05", "0", ".3", "x", "10.2f", ".1%", ".3e", "g"]:
    for v in [F(22, 7), F(-1234567, 1), F(3, 1)]:
        try: print(repr(spec), repr(format(v, spec)))
        except Exception as e: print(repr(spec), type(e).__name__, e)
print(F.from_decimal(__import__("decimal").Decimal("1.25")), F.from_decimal(3))
