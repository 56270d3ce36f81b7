# Methods call each other through self.
class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self._record("deposit", amount)
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            self._record("refused", amount)
            return False
        self._record("withdraw", amount)
        self.balance -= amount
        return True

    def _record(self, kind, amount):
        self.history.append((kind, amount))


acct = Account(10)
acct.deposit(5)
acct.withdraw(100)
acct.withdraw(12)
print(acct.balance, acct.history)
