# __debug__ is a builtin constant, True unless Python runs with -O: lessons
# use it to guard checks that run alongside assert.
import builtins


def withdraw(balance, amount):
    if __debug__:
        print("checking", balance, amount)
    assert amount <= balance, "not enough money"
    return balance - amount


print(__debug__, builtins.__debug__, type(__debug__).__name__)
print(withdraw(10, 3))
print(withdraw(5, 8))
