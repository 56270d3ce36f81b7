from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP)

modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP,
         ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
values = ['2.5', '3.5', '-2.5', '1.49', '-1.51', '0.04', '5.01']
for mode in modes:
    row = [str(Decimal(v).quantize(Decimal('1'), rounding=mode)) for v in values]
    print(f'{mode:16}', ' '.join(f'{r:>3}' for r in row))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-0.5')))
print(round(Decimal('3.14159'), 3), round(Decimal('2.675'), 2))
print(Decimal('7.5').to_integral_value(), Decimal('-7.5').to_integral_value(ROUND_HALF_UP))
