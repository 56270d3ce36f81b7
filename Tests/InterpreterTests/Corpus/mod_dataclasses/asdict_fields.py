# fields(), asdict() and astuple() look inside a dataclass (recursively).
from dataclasses import fields, asdict, astuple, is_dataclass
from shop_models import InventoryItem, OrderLine, Order

order = Order("ann", [OrderLine(InventoryItem("bolt", 0.25, 100), 4)])
for f in fields(Order):
    print(f.name, f.type, f.init, f.repr, f.compare)
d = asdict(order)
print(d)
print(astuple(order.lines[0]))
d["lines"][0]["count"] = 99
print(order.lines[0].count, "<- asdict made copies")
print(is_dataclass(Order), is_dataclass(order), is_dataclass(dict))
for bad in (asdict, astuple, fields):
    try:
        bad(42)
    except TypeError as e:
        print("TypeError:", e)
