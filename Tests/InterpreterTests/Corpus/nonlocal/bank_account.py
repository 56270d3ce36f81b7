# deposit and withdraw share the balance cell through nonlocal.
def open_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "refused"
        balance -= amount
        return balance
    return deposit, withdraw


deposit, withdraw = open_account(10)
print(deposit(15))
print(withdraw(20))
print(withdraw(20))
print(deposit(0))
