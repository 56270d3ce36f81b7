# A class of one's own registered into the tower.
import numbers

class Money:
    def __init__(self, cents):
        self.cents = cents

numbers.Real.register(Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Integral))
print(issubclass(Money, numbers.Complex), issubclass(Money, numbers.Number))
