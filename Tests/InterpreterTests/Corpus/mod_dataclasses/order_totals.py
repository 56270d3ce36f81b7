# default_factory, init=False fields, InitVar and __post_init__ working together.
from shop_models import InventoryItem, OrderLine, Order

bolt = InventoryItem("bolt", 0.25, 100)
nut = InventoryItem("nut", 0.10, 250)
order = Order("ann", [OrderLine(bolt, 8), OrderLine(nut, 8)], note="urgent", discount=0.5)
print(order.total, order.note)
print(Order("bob"))
print(Order("bob") == Order("bob", note="ignored in comparisons"))
a, b = Order("x"), Order("y")
a.lines.append(OrderLine(bolt, 1))
print(len(a.lines), len(b.lines), a.lines is b.lines)
try:
    Order("z", total=5.0)
except TypeError as e:
    print("TypeError:", e)
print(list(Order.__dataclass_fields__))
