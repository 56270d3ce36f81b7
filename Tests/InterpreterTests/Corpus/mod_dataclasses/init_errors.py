# The generated __init__ raises the TypeErrors a hand-written one would.
from shop_models import InventoryItem, Money

attempts = [
    lambda: InventoryItem(),
    lambda: InventoryItem("bolt"),
    lambda: InventoryItem("bolt", 1.0, 2, 3),
    lambda: InventoryItem("bolt", 1.0, colour="red"),
    lambda: InventoryItem("bolt", name="nut"),
    lambda: Money(),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
