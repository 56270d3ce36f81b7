# Seed 001, section 4 "The nonlocal Superpower": nonlocal lets withdraw()
# rebind balance in the enclosing scope.
def financial_account(initial_balance):
    balance = initial_balance

    def withdraw(amount):
        nonlocal balance  # Reaching into the backpack!
        if amount > 0 and amount <= balance:
            balance -= amount
            return f"Success! New balance is ${balance}"
        return "Insufficient funds."

    return withdraw


my_account = financial_account(100)
print(my_account(40))  # Prints: Success! New balance is $60
print(my_account(40))  # Prints: Success! New balance is $20
print(my_account(40))  # Prints: Insufficient funds.
