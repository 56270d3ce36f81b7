from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

CENT = Decimal('0.01')
prices = ['19.99', '5.05', '2.675', '0.125']
for p in prices:
    d = Decimal(p)
    print(p, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, rounding=ROUND_HALF_EVEN))

def with_tax(price, rate=Decimal('0.0825')):
    tax = (price * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return price + tax, tax

total, tax = with_tax(Decimal('49.95'))
print(f'tax {tax}  total {total}')
bill = Decimal('100.00')
share = (bill / 3).quantize(CENT)
print(share, share * 3, bill - share * 2)
print(f'{Decimal("1234567.891"):,.2f}', f'{Decimal("3.5"):>10}', f'{Decimal("0.256"):.1%}')
