# A mutable default argument is shared by every call of the method.
class Basket:
    def __init__(self, items=[]):
        self.items = items

    def add(self, item):
        self.items.append(item)


b1 = Basket()
b1.add("apple")
b2 = Basket()
print(b2.items, b1.items is b2.items)
b3 = Basket([])
b3.add("pear")
print(b3.items, b1.items)
