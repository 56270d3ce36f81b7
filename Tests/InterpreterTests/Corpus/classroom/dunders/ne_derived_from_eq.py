# != uses __eq__ when __ne__ is not defined; other types compare unequal.
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        print("  __eq__ called")
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank


a, b = Card(3), Card(3)
print(a == b)
print(a != b)
print(a == 3, a != "3")
print(a in [Card(1), Card(3)])
print(a is b)
