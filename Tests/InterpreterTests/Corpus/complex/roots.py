# Square roots of negative numbers with ** give complex results.
def solve(a, b, c):
    d = b * b - 4 * a * c
    root = d ** 0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 1, 1)]:
    x1, x2 = solve(*coeffs)
    print(coeffs, x1, x2)
    print("  check:", abs(coeffs[0] * x1 * x1 + coeffs[1] * x1 + coeffs[2]) < 1e-9)
print((-4) ** 0.5, (-4.0) ** 0.25, (-1) ** (1 / 3))
