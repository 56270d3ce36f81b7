# Mutating a global list does not need a global statement; rebinding does.
items = []


def add(x):
    items.append(x)


def reset():
    global items
    items = []


add(1)
add(2)
print(items)
reset()
print(items)
