# Euclid's algorithm, recursively.
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 10))
