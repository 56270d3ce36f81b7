# Dataclasses defined in another module: the generated methods work the same.
from shop_models import InventoryItem

widget = InventoryItem("widget", 3.5, 4)
print(widget)
print(widget.total_cost())
print(InventoryItem("gadget", 10.0))
print(InventoryItem(name="gizmo", quantity_on_hand=2, unit_price=1.25))
print(widget == InventoryItem("widget", 3.5, 4), widget == InventoryItem("widget", 3.5))
widget.quantity_on_hand += 6
print(widget, widget.total_cost())
print(InventoryItem.__doc__)
print(InventoryItem.__init__.__qualname__, InventoryItem.__module__)

stock = [InventoryItem("bolt", 0.25, 100), InventoryItem("nut", 0.1, 250), widget]
print(sum(i.total_cost() for i in stock))
for item in sorted(stock, key=lambda i: i.total_cost(), reverse=True):
    print(f"{item.name:<8}{item.total_cost():>8.2f}")
