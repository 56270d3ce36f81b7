# Each call of the outer function creates fresh cells.
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    return deposit


alice = make_account(100)
bob = make_account(5)
alice(50)
bob(1)
print(alice(0), bob(0))
print(alice.__closure__[0].cell_contents, bob.__closure__[0].cell_contents)
