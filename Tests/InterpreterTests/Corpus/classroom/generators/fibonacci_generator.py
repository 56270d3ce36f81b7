# Fibonacci numbers from a generator.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


result = []
for value in fib():
    if value > 100:
        break
    result.append(value)
print(result)
