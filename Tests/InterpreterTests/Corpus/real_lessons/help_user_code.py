# help() on the functions and classes a lesson writes: pydoc's text.
def print_sum(val1, val2):
    """Function which prints the sum of given arguments."""
    print(val1 + val2)

def calculate_sum(val1: int, val2: int = 0) -> int:
    """This is a longer docstring.

    Args:
        val1: The first parameter.
        val2: The second parameter.
    """
    return val1 + val2

def no_doc(a, *args, key=None, **options):
    return a

class Account:
    """A bank account."""
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    def deposit(self, amount):
        """Add money."""
        self._balance += amount

    @property
    def balance(self):
        """The current balance."""
        return self._balance

    @classmethod
    def empty(cls, owner):
        """An account with nothing in it."""
        return cls(owner)

    @staticmethod
    def currency():
        return 'EUR'

    def __repr__(self):
        return 'Account(%r)' % (self.owner,)

class Savings(Account):
    limit = 3

    def withdraw(self, amount):
        """Take money out."""
        self._balance -= amount

help(print_sum)
print(help(calculate_sum))
help(no_doc)
help(lambda x, y=1: x)
help(Account.deposit)
help(Account('ann').deposit)
help(Account)
help(Savings)
help(Savings('bob'))
