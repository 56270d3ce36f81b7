# Big integers: factorials and Fibonacci numbers to thousands of digits,
# digit sums through str(), mixed big/small arithmetic, modular powers.
import sys

sys.set_int_max_str_digits(0)


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def never_called():
    return "unreachable"


def run(n):
    digit_total = 0
    for m in range(n, n + 5):
        f = factorial(m)
        digit_total += sum(map(int, str(f)))
    fib = fibonacci(n * 10)
    fdigits = str(fib)
    mixed = (f // (fib % 1000003 + 1)) % 1000000007
    product = (f * fib) % (10 ** 50 + 151)
    power = pow(3, n, 10 ** 40)
    return digit_total, len(str(f)), len(fdigits), fdigits[:12], mixed, product, power


N = 8000  # bench: scale quick=300
print(run(N))
# bench: never-hit breakpoint at line 23
