from fractions import Fraction

a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 - a, 2 * a, 1 / a)
print(a ** 2, a ** -2, Fraction(-2, 3) ** 3, 4 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2))
print(a + 0.5, 0.25 * b, type(a + 0.5).__name__)
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, Fraction(-7, 2) // 2)
print(-a, +a, abs(Fraction(-3, 5)))
total = sum(Fraction(1, n) for n in range(1, 6))
print(total, float(total))
print(sum([Fraction(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)
