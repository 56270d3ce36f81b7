# A mutable class attribute is shared by every instance.
class Basket:
    items = []

    def add(self, item):
        self.items.append(item)


class FixedBasket:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)


a, b = Basket(), Basket()
a.add("apple")
print(b.items, a.items is b.items)
c, d = FixedBasket(), FixedBasket()
c.add("pear")
print(c.items, d.items)
