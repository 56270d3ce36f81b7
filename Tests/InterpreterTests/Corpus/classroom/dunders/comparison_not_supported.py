# Without ordering methods, < between instances is a TypeError.
class Box:
    pass


print(Box() == Box())
Box() < Box()
