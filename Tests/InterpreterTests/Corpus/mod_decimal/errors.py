from decimal import Decimal, getcontext, DivisionByZero, InvalidOperation
import decimal

tests = [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('abc'),
         lambda: Decimal(-4).sqrt(), lambda: Decimal(5) % 0,
         lambda: Decimal('1.5') + 1.5, lambda: 2.5 * Decimal(2),
         lambda: Decimal('NaN') < 1, lambda: Decimal('1e999999') * 10]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, getcontext().flags[DivisionByZero])
try:
    Decimal('x')
except decimal.InvalidOperation as e:
    print(repr(e.args[0][0]))
