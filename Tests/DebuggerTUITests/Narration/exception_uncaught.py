# commands: s*14
def divide(a, b):
    return a / b

print(divide(4, 2))
divide(1, 0)
print("never")
