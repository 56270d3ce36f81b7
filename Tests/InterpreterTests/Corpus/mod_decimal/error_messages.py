from decimal import Decimal, InvalidOperation, DivisionByZero, getcontext, localcontext
import decimal
tests = [lambda: Decimal("abc"), lambda: Decimal("1") / 0, lambda: Decimal(0) / 0,
         lambda: Decimal("1") + "2", lambda: Decimal([1]), lambda: Decimal("1.5").quantize(Decimal("1e-30")),
         lambda: Decimal(-1).sqrt(), lambda: Decimal("inf") - Decimal("inf"), lambda: int(Decimal("nan")),
         lambda: int(Decimal("inf")), lambda: Decimal("1") < Decimal("nan"), lambda: hash(Decimal("snan")),
         lambda: Decimal((0, (1, 2), -1)), lambda: Decimal((2, (1,), 0)), lambda: Decimal("1").quantize(1.5),
         lambda: Decimal(1) + 0.5, lambda: Decimal(1) ** Decimal("0.5"), lambda: Decimal(2) % Decimal(0)]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / 0, ctx.flags[DivisionByZero])
print(getcontext())
