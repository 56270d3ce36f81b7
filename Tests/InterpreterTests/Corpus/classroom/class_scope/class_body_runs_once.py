# A class body runs top to bottom when the class statement executes.
print("before class")


class Noisy:
    print("class body starts")
    x = 1
    y = x + 1
    print("class body sees x and y:", x, y)


print("after class", Noisy.y)
