# Defining and raising a custom exception.
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount


try:
    withdraw(10, 25)
except InsufficientFunds as exc:
    print(type(exc).__name__, exc, exc.args)
