from decimal import Decimal

d = Decimal('1234567.8951')
for spec in ['', '.2f', ',', ',.2f', '>15', '<15.1f', '^15', '015.3f', '+.1f', '.3e', '.3E', 'g', '.4g', '.2%']:
    print(repr(spec), repr(format(d, spec)))
small = Decimal('-0.000123')
for spec in ['f', '.2f', 'e', '.2e', 'g', '.1g', 'z.2f', '.5']:
    print(repr(spec), repr(format(small, spec)))
print(f'{Decimal("3.14159"):.3f} {Decimal("42"):05} {Decimal("2.5"):*^9}')
print('{:.1f}'.format(Decimal('0.25')), '{:.1f}'.format(Decimal('0.35')))
