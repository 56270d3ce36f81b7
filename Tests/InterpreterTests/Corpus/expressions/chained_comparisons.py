# a < b < c means a < b and b < c, with b evaluated once.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True)
print("a" < "b" < "c", [1, 2] < [1, 3] < [2])


def noisy(v):
    print("evaluating", v)
    return v


print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
