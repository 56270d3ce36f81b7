# pow with two and three arguments.
print(pow(2, 10), pow(2, -2), pow(2.0, 3))
print(pow(3, 200, 1000), pow(7, 2, 5), pow(10, 100, 97))
print(pow(2, 1000) % 1000 == pow(2, 1000, 1000))
print(pow(3, -1, 7))
