def f(a, b):
    try:
        pass
    finally:
        if a <= 2 or a <= 4 and b == 1:
            raise ZeroDivisionError
def g(a):
    for i in range(3):
        try:
            if i == a:
                return i
        finally:
            a += 0
    return -1
try:
    f(5, 5)
    f(1, 1)
except ZeroDivisionError:
    print("zde")
print(g(1), g(7))
