# A frozen dataclass: values that cannot change, usable in sets and as keys.
from dataclasses import FrozenInstanceError, replace
from shop_models import Money

price = Money(250)
tax = Money(50)
total = price.add(tax)
print(price, tax, total)
try:
    price.amount = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    price.add(Money(1, "USD"))
except ValueError as e:
    print("ValueError:", e)
print(replace(price, currency="GBP"), price)
seen = {Money(1), Money(1), Money(2)}
print(len(seen), Money(2) in seen)
wallet = {Money(5): "five"}
print(wallet[Money(5)])
print(isinstance(FrozenInstanceError("x"), AttributeError))
