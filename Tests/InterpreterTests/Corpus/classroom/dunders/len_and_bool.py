# __len__ drives len() and truthiness; __bool__ takes precedence.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print(len(Bag(1, 2)), bool(Bag()), bool(Bag(0)))
print(bool(Switch(False)), "on" if Switch(True) else "off")
