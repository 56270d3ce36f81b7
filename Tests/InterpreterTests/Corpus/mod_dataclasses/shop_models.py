# corpus: module (imported by the mod_dataclasses programs; its frames are not traced)
from dataclasses import dataclass, field, InitVar
from typing import List


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def add(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass
class OrderLine:
    item: InventoryItem
    count: int


@dataclass
class Order:
    customer: str
    lines: List[OrderLine] = field(default_factory=list)
    note: str = field(default="", repr=False, compare=False)
    discount: InitVar[float] = 0.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self, discount):
        subtotal = sum(l.item.unit_price * l.count for l in self.lines)
        self.total = round(subtotal * (1 - discount), 2)


@dataclass
class Tag:
    label: str


@dataclass(unsafe_hash=True)
class Sku:
    code: str
