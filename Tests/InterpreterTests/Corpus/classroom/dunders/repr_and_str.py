# __repr__ and __str__ control how objects print.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


m = Money(1234)
print(m)
print(repr(m), str(m), [m], f"{m} {m!r}")


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


print(OnlyRepr(), str(OnlyRepr()))
