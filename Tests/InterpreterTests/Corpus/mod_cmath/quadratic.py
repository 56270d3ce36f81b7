# A quadratic-equation solver that always finds two roots, thanks to cmath.
import cmath


def roots(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


for a, b, c in [(1, -5, 6), (1, 2, 5), (1, 0, 4), (4, 4, 1)]:
    r1, r2 = roots(a, b, c)
    print(f"{a}x^2 + {b}x + {c}: {r1} and {r2}")
    print(f"   rounded: {r1:.2f}, {r2:.2f}; magnitudes {abs(r1):.3f} {abs(r2):.3f}")
