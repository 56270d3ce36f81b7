from decimal import Decimal

d = Decimal('123.4500')
print(d.adjusted(), d.normalize(), Decimal('100').normalize(), Decimal('0.00').normalize())
print(d.copy_sign(Decimal(-1)), d.copy_negate(), Decimal(-3).copy_abs(), abs(Decimal('-2.50')))
print(Decimal(2).sqrt(), Decimal('0.25').sqrt(), Decimal(16).sqrt(), Decimal('1.44').sqrt())
print(Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal(2).log10())
print(Decimal(2) ** Decimal('0.5'), Decimal('1.1') ** 2, Decimal(2) ** -2)
print(Decimal('12.3').scaleb(2), Decimal(1234).logb(), Decimal(1).next_plus(), Decimal(1).next_minus())
print(Decimal(7).remainder_near(4), Decimal(3).fma(2, 1), Decimal(5).max(Decimal('5.0')), Decimal(5).min(3))
print(Decimal('1.23E+8').to_eng_string(), Decimal('0.5').same_quantum(Decimal('0.7')), Decimal(5).compare(7))
print(int(Decimal('-3.99')), float(Decimal('0.1')), Decimal('2.5').__floor__(), Decimal('2.5').__ceil__())
