# __iter__ written as a generator.
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __iter__(self):
        for card in self.cards:
            yield card + "!"


print(list(Deck()), [c for c in Deck()])
