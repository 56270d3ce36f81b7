# Seed 001, section 3 "Closures: Functions using Backpacks": withdraw() reads
# balance from the enclosing scope after financial_account() has returned.
def financial_account(initial_balance):
    # This is the ENCLOSING scope
    balance = initial_balance

    def withdraw(amount):
        # This is the LOCAL scope
        if amount > 0 and amount <= balance:
            return f"Success! Withdrew ${amount}"
        return "Failed."

    return withdraw  # We are returning the child function itself!


# Let's create an account
my_transaction = financial_account(100)
# Now let's use the child function
print(my_transaction(40))
print(my_transaction(140))
