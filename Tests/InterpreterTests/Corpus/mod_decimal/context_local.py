from decimal import Decimal, localcontext, getcontext, Context, ROUND_DOWN, Inexact

print(getcontext())
with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, ctx.prec)
print(Decimal(2) / 3)
with localcontext(prec=3):
    print(Decimal('3.14159') + 0)
c = Context(prec=4)
print(c.divide(Decimal(10), Decimal(3)), c.sqrt(Decimal(2)), c.add(Decimal('1.2345'), Decimal(1)))
getcontext().clear_flags()
x = Decimal(1) / 3
print(getcontext().flags[Inexact], getcontext())
