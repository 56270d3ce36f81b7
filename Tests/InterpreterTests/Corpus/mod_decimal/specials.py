from decimal import Decimal

inf, nan, negzero = Decimal('Infinity'), Decimal('NaN'), Decimal('-0')
print(inf, -inf, nan, negzero, Decimal('-inf'), Decimal('snan'))
print(inf + 1, inf * -2, 1 / inf, negzero + 0, negzero * 5)
print(nan == nan, nan != nan, inf > 10 ** 100, negzero == 0)
print(inf.is_infinite(), nan.is_nan(), negzero.is_signed(), negzero.is_zero())
print(Decimal(5).is_finite(), Decimal('sNaN').is_snan(), Decimal('NaN').is_qnan())
print(float(inf), float(negzero), repr(Decimal('nan')), Decimal('-NaN123'))
print([str(x.number_class()) for x in (inf, -inf, nan, negzero, Decimal(3), Decimal('1e-1000000'))])
print(Decimal(1).max(nan), nan.min(Decimal(2)))
try:
    max(Decimal(1), nan)
except ArithmeticError as e:
    print(type(e).__name__, e)
