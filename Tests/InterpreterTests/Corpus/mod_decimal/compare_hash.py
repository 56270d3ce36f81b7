from decimal import Decimal
from fractions import Fraction

print(Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal('1.5') == Fraction(3, 2))
print(Decimal(2) < 3, Decimal('2.5') > 2.4, Decimal(3) >= Decimal('3.00'), Decimal(-1) < 0)
print(hash(Decimal(7)) == hash(7), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1.10')) == hash(Decimal('1.1')))
print(hash(Decimal('-1')), hash(Decimal('Infinity')), hash(Decimal(10 ** 30)) == hash(10 ** 30))
s = {Decimal('1.0'), Decimal('1.00'), 1, 1.0}
print(len(s))
d = {Decimal('2.50'): 'a'}
print(d[Decimal('2.5')])
print(sorted([Decimal('1.1'), 1, 0.5, Decimal('-3')]))
print(bool(Decimal('0.0')), bool(Decimal('0.1')), bool(Decimal('NaN')))
