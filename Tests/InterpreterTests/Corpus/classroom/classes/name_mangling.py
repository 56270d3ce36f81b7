# Names starting with two underscores are mangled inside a class body.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def balance(self):
        return self.__balance


acct = Account("ada", 100)
print(acct.balance())
print(sorted(k for k in vars(acct)))
print(acct._Account__balance)
try:
    print(acct.__balance)
except AttributeError as e:
    print("AttributeError:", e)
acct.__balance = 5          # outside a class: no mangling, a new attribute
print(acct.balance(), acct.__balance)
