# Seed 001, section 4: "if we try to write balance = balance - amount inside
# our local function Python will panic". The assignment makes balance local
# to withdraw(), so reading it first raises UnboundLocalError.
def financial_account(initial_balance):
    balance = initial_balance

    def withdraw(amount):
        balance = balance - amount
        return f"New balance is ${balance}"

    return withdraw


my_account = financial_account(100)
try:
    print(my_account(40))
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
