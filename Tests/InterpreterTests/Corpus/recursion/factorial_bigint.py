# factorial(50) is an exact big integer.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


print(factorial(5))
print(factorial(50))
print(len(str(factorial(50))))
